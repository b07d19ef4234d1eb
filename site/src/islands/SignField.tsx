import { type PetitionField, problemId } from '@vigil/shared'

interface Props {
  field: PetitionField
  /** The problem with the answer, once checked; the field names it as its description. */
  problem?: string
  /** After the label of a field the signer may leave empty, in the form's language. */
  optional: string
}

// One field of the petition form, as the shared definition describes it (the CMS's no-JavaScript
// page renders the same definition). Ids carry a prefix: the action page holds more than the form.
export function SignField({ field, problem, optional }: Props) {
  const id = `sign-${field.name}`
  const control = {
    id,
    name: field.name,
    autoComplete: field.autocomplete,
    required: field.required,
    'aria-invalid': Boolean(problem),
    'aria-describedby': problem ? problemId(field.name) : undefined,
  }
  return (
    <>
      <label htmlFor={id}>
        {field.label}
        {!field.required && (
          <>
            {' '}
            <span className="optional">{optional}</span>
          </>
        )}
      </label>
      {field.choices ? (
        <select {...control} defaultValue="">
          {field.choices.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      ) : (
        <input {...control} type={field.type} maxLength={field.maxLength} />
      )}
      {problem && (
        <p className="error" id={problemId(field.name)}>
          {problem}
        </p>
      )}
    </>
  )
}
