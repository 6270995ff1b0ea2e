import { useState } from 'react';
import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form';
import type { Role } from '../../../src/contracts/common';
import {
  type User,
  UserAddExistingSchema,
  UserCreateSchema,
  UserUpdateSchema,
} from '../../../src/contracts/user.contract';
import { STAFF_ROLES } from '../../../src/domain/access/roles';
import { api, ApiError } from '../api';
import { CheckboxGroup, ErrorSummary, Field } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { t } from '../i18n';
import './partners.i18n';
import './records.i18n';

const roleOptions = () => STAFF_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }));

/** The roles as a group of check boxes, held by the form like any other field. */
function RolesField<T extends FieldValues>({
  control,
  name,
  field,
  legend,
  error,
}: {
  control: Control<T>;
  name: string;
  field: Path<T>;
  legend: string;
  error: string | undefined;
}) {
  return (
    <Controller
      control={control}
      name={field}
      render={({ field: f }) => (
        <CheckboxGroup
          name={name}
          legend={legend}
          options={roleOptions()}
          value={f.value as Role[]}
          onChange={f.onChange}
          error={error}
        />
      )}
    />
  );
}

type EditForm = { fullName: string; roles: Role[] };
const editForm = UserUpdateSchema.pick({ fullName: true, roles: true }).required();

export function EditRoles({ user, onDone }: { user: User; onDone: (message: string | null) => void }) {
  const { register, form, fieldErrors, formError, busy, onSubmit } = useApiForm<EditForm>({
    defaultValues: { fullName: user.fullName, roles: user.roles },
    schema: editForm,
  });
  const save = onSubmit(async (v) => {
    await api('PATCH', `/api/v1/users/${user.id}`, { fullName: v.fullName, roles: v.roles });
    onDone(t('users.updated', { email: user.email }));
  });
  return (
    <section className="card" aria-labelledby="edit-user">
      <h2 id="edit-user">{t('users.editTitle', { name: user.fullName })}</h2>
      <form noValidate onSubmit={save}>
        <ErrorSummary
          errors={fieldErrors}
          formError={formError}
          labels={{ fullName: t('user.fullName'), roles: t('user.roles') }}
        />
        <Field name="edit.fullName" label={t('user.fullName')} error={fieldErrors.fullName} required>
          {(p) => <input {...p} {...register('fullName')} />}
        </Field>
        <RolesField
          control={form.control}
          name="edit-roles"
          field="roles"
          legend={t('user.roles')}
          error={fieldErrors.roles}
        />
        <div className="buttons">
          <button type="submit" className="primary" disabled={busy}>
            {t('form.save')}
          </button>
          <button type="button" onClick={() => onDone(null)}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}

type ExistingForm = { email: string; roles: Role[] };

export function AddExisting({
  initial,
  onStart,
  onAdded,
}: {
  initial: { email: string; roles: Role[] } | null;
  onStart: () => void;
  onAdded: (email: string) => void;
}) {
  const { register, form, fieldErrors, formError, busy, onSubmit } = useApiForm<ExistingForm>({
    defaultValues: initial ?? { email: '', roles: [] },
    schema: UserAddExistingSchema,
  });
  const labels = { email: t('user.email'), roles: t('user.roles') };
  const add = onSubmit(async (v) => {
    onStart();
    const added = await api<User>('POST', '/api/v1/users/existing', v);
    onAdded(added.email);
  });
  return (
    <section className="card" aria-labelledby="add-existing">
      <h2 id="add-existing">{t('users.addExistingTitle')}</h2>
      <p className="muted">{t('users.addExistingHint')}</p>
      <form noValidate onSubmit={add}>
        <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
        <Field name="existing.email" label={labels.email} error={fieldErrors.email} required>
          {(p) => <input {...p} type="email" autoComplete="off" {...register('email')} />}
        </Field>
        <RolesField
          control={form.control}
          name="existing-roles"
          field="roles"
          legend={labels.roles}
          error={fieldErrors.roles}
        />
        <button type="submit" className="primary" disabled={busy}>
          {t('users.addExisting')}
        </button>
      </form>
    </section>
  );
}

type UserForm = { fullName: string; email: string; password: string; roles: Role[] };
const emptyUser: UserForm = { fullName: '', email: '', password: '', roles: [] };

export function AddUser({
  onCreated,
  onStart,
  onExisting,
}: {
  onCreated: (email: string) => void;
  onStart: () => void;
  onExisting: (email: string, roles: Role[]) => void;
}) {
  const [taken, setTaken] = useState(false);
  const { register, form, fieldErrors, formError, busy, onSubmit } = useApiForm<UserForm>({
    defaultValues: emptyUser,
    schema: UserCreateSchema,
  });
  const labels = {
    fullName: t('user.fullName'),
    email: t('user.email'),
    password: t('user.initialPassword'),
    roles: t('user.roles'),
  };
  const add = onSubmit(async (v) => {
    onStart();
    setTaken(false);
    let created: User;
    try {
      created = await api<User>('POST', '/api/v1/users', v);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'EMAIL_TAKEN') setTaken(true);
      throw error;
    }
    form.reset(emptyUser);
    onCreated(created.email);
  });
  return (
    <section className="card" aria-labelledby="add-user">
      <h2 id="add-user">{t('users.add')}</h2>
      <form noValidate onSubmit={add}>
        <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
        {taken && (
          <div className="alert alert-info" role="note">
            <p>{t('users.emailTakenHint')}</p>
            <button
              type="button"
              onClick={() => {
                const v = form.getValues();
                onExisting(v.email, v.roles);
              }}
            >
              {t('users.addExisting')}
            </button>
          </div>
        )}
        <div className="row">
          <Field name="fullName" label={labels.fullName} error={fieldErrors.fullName} required>
            {(p) => <input {...p} autoComplete="off" {...register('fullName')} />}
          </Field>
          <Field name="email" label={labels.email} error={fieldErrors.email} required>
            {(p) => <input {...p} type="email" autoComplete="off" {...register('email')} />}
          </Field>
        </div>
        <RolesField
          control={form.control}
          name="roles"
          field="roles"
          legend={labels.roles}
          error={fieldErrors.roles}
        />
        <Field
          name="password"
          label={labels.password}
          error={fieldErrors.password}
          hint={t('user.passwordHint')}
          required
        >
          {(p) => <input {...p} type="password" autoComplete="new-password" {...register('password')} />}
        </Field>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('form.saving') : t('users.add')}
        </button>
      </form>
    </section>
  );
}
