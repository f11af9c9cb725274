/** The ids of one form field's parts, shared by the markup and the form's script. */
export function fieldIds(idPrefix: string, name: string) {
  const control = `${idPrefix}-${name}`
  return { control, hint: `${control}-hjalp`, error: `${control}-fel` }
}
