/** What the form says to readers while it works; the field messages come from the schema. */
export const READER_FORM_TEXT = {
  invalidTitle: 'Det finns problem i formuläret',
  refusedTitle: 'Formuläret kunde inte skickas',
  unavailableTitle: 'Det gick inte att skicka',
  unavailable:
    'Det gick inte att skicka just nu. Din text finns kvar här – försök igen om en stund.',
  textKept: 'Din text finns kvar här.',
  checking: 'Robotkontrollen räknar …',
  sending: 'Skickar …',
  cleared: 'Formuläret är tömt och det sparade utkastet raderat.',
  restored: 'Vi har fyllt i det du skrev förra gången.',
  filesNotKept: 'Bilagor kan inte sparas – välj dem igen om du vill skicka med dem.',
  retryIn: (minutes: number) =>
    minutes <= 1 ? 'Försök igen om en minut.' : `Försök igen om ${minutes} minuter.`,
} as const
