import { useFieldArray, useFormContext } from 'react-hook-form';
import { emptyToNull } from '../../forms/coerce.ts';
import { TextField } from '../../forms/Field.tsx';
import { rowLabel } from '../../forms/rows.ts';

type Text = string | null | undefined;
interface WithHistory {
  education?:
    | { institution: string; qualification: string; field?: Text; fromDate?: Text; toDate?: Text }[]
    | undefined;
  certifications?: { name: string; issuer?: Text; issuedOn?: Text; expiresOn?: Text }[] | undefined;
}

/** Schools and qualifications. */
export function EducationRows() {
  const { control, register, formState } = useFormContext<WithHistory>();
  const { fields, append, remove } = useFieldArray({ control, name: 'education' });
  const errors = formState.errors.education;
  return (
    <div className="rows">
      {fields.map((field, index) => (
        <div key={field.id} className="row-block">
          <div className="form-grid">
            <TextField
              label={rowLabel('Institution', index)}
              error={errors?.[index]?.institution?.message}
              {...register(`education.${index}.institution`)}
            />
            <TextField
              label={rowLabel('Qualification', index)}
              error={errors?.[index]?.qualification?.message}
              {...register(`education.${index}.qualification`)}
            />
            <TextField
              label={rowLabel('Field of study', index)}
              error={errors?.[index]?.field?.message}
              {...register(`education.${index}.field`)}
            />
            <TextField
              label={rowLabel('Studied from', index)}
              type="date"
              error={errors?.[index]?.fromDate?.message}
              {...register(`education.${index}.fromDate`, { setValueAs: emptyToNull })}
            />
            <TextField
              label={rowLabel('Studied until', index)}
              type="date"
              error={errors?.[index]?.toDate?.message}
              {...register(`education.${index}.toDate`, { setValueAs: emptyToNull })}
            />
          </div>
          <button type="button" className="btn btn-ghost btn-small" onClick={() => remove(index)}>
            Remove<span className="visually-hidden"> {rowLabel('education', index)}</span>
          </button>
        </div>
      ))}
      <button
        type="button"
        className="btn btn-small"
        onClick={() =>
          append({ institution: '', qualification: '', field: '', fromDate: null, toDate: null })
        }
      >
        Add education
      </button>
    </div>
  );
}

/** Licences and certificates, with their expiry. */
export function CertificationRows() {
  const { control, register, formState } = useFormContext<WithHistory>();
  const { fields, append, remove } = useFieldArray({ control, name: 'certifications' });
  const errors = formState.errors.certifications;
  return (
    <div className="rows">
      {fields.map((field, index) => (
        <div key={field.id} className="row-block">
          <div className="form-grid">
            <TextField
              label={rowLabel('Certification', index)}
              error={errors?.[index]?.name?.message}
              {...register(`certifications.${index}.name`)}
            />
            <TextField
              label={rowLabel('Issuer', index)}
              error={errors?.[index]?.issuer?.message}
              {...register(`certifications.${index}.issuer`)}
            />
            <TextField
              label={rowLabel('Issued on', index)}
              type="date"
              error={errors?.[index]?.issuedOn?.message}
              {...register(`certifications.${index}.issuedOn`, { setValueAs: emptyToNull })}
            />
            <TextField
              label={rowLabel('Expires on', index)}
              type="date"
              error={errors?.[index]?.expiresOn?.message}
              {...register(`certifications.${index}.expiresOn`, { setValueAs: emptyToNull })}
            />
          </div>
          <button type="button" className="btn btn-ghost btn-small" onClick={() => remove(index)}>
            Remove<span className="visually-hidden"> {rowLabel('certification', index)}</span>
          </button>
        </div>
      ))}
      <button
        type="button"
        className="btn btn-small"
        onClick={() => append({ name: '', issuer: '', issuedOn: null, expiresOn: null })}
      >
        Add certification
      </button>
    </div>
  );
}
