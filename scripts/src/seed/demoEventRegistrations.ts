import type { DemoEventRegistration } from './demoTypes'

/** Sign-ups to the members' evening, so its list and the CSV export have rows. All invented. */
export const demoEventRegistrations: DemoEventRegistration[] = [
  {
    event: 'medlemskvall',
    name: 'Anna Lindberg',
    email: 'anna.lindberg@exempel.se',
    organisation: 'Försäkringskassan',
    status: 'confirmed',
  },
  {
    event: 'medlemskvall',
    name: 'Erik Johansson',
    email: 'erik.johansson@exempel.se',
    organisation: 'Skatteverket',
    note: 'Vegetarisk kost, tack.',
    status: 'confirmed',
  },
  {
    event: 'medlemskvall',
    name: 'Fatima Said',
    email: 'fatima.said@exempel.se',
    organisation: 'Migrationsverket',
    note: 'Jag använder rullstol.',
    status: 'confirmed',
  },
  {
    event: 'medlemskvall',
    name: 'Oskar Nilsson',
    email: 'oskar.nilsson@exempel.se',
    status: 'cancelled',
  },
]
