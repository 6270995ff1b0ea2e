import { useEffect, useState } from 'react';
import type { Agreement, Partner, PartnerCard } from '../../../src/contracts/partner.contract';
import {
  AGREEMENT_KIND_LABELS,
  AGREEMENT_KINDS,
  LOG_KIND_LABELS,
  LOG_KINDS,
  PARTNER_KIND_LABELS,
  PARTNER_KINDS,
} from '../../../src/domain/partners/kinds';
import { api, apiUpload } from '../api';
import { ErrorSummary, Field, useSubmit } from '../components/form';
import { GminaPicker } from '../components/gmina-picker';
import { t } from '../i18n';
import { linkProps, navigate } from '../router';
import './partners.i18n';

type Form = Record<string, string>;
const orNull = (v: string | undefined) => (v?.trim() ? v.trim() : null);
const kindOptions = () => PARTNER_KINDS.map((k) => ({ value: k, label: PARTNER_KIND_LABELS[k] }));

/** A text, date or select input bound to one key of a form object. */
function Input({
  form,
  set,
  name,
  label,
  errors,
  type = 'text',
  required,
  options,
  prefix = '',
}: {
  form: Form;
  set: (f: Form) => void;
  name: string;
  label: string;
  errors: Record<string, string>;
  type?: string;
  required?: boolean;
  options?: { value: string; label: string }[];
  prefix?: string;
}) {
  return (
    <Field name={prefix + name} label={label} error={errors[name]} required={required}>
      {(p) =>
        options ? (
          <select {...p} value={form[name] ?? ''} onChange={(e) => set({ ...form, [name]: e.target.value })}>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        ) : (
          <input
            {...p}
            type={type}
            value={form[name] ?? ''}
            onChange={(e) => set({ ...form, [name]: e.target.value })}
          />
        )
      }
    </Field>
  );
}

const PARTNER_TEXT_FIELDS = [
  'name',
  'shortName',
  'nip',
  'regon',
  'krs',
  'street',
  'buildingNo',
  'flatNo',
  'postalCode',
  'city',
  'email',
  'phone',
  'website',
] as const;

/** The partner's data form (new partner or correction), NIP/REGON/KRS checked by the server at the field. */
function PartnerForm({ initial, onSaved }: { initial?: Partner; onSaved: (p: Partner) => void }) {
  const [form, setForm] = useState<Form>(() => {
    const f: Form = { kind: initial?.kind ?? 'SOCIAL_ASSISTANCE', gminaCode: initial?.gminaCode ?? '' };
    for (const k of PARTNER_TEXT_FIELDS) f[k] = (initial?.[k] as string | null) ?? '';
    f.notes = initial?.notes ?? '';
    return f;
  });
  const { fieldErrors, formError, busy, run } = useSubmit();
  const labels: Record<string, string> = { kind: t('partners.kind'), gminaCode: t('partners.gmina') };
  for (const k of [...PARTNER_TEXT_FIELDS, 'notes'] as const) labels[k] = t(`partners.${k}`);
  return (
    <form
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const body: Record<string, unknown> = { kind: form.kind, gminaCode: orNull(form.gminaCode) };
        for (const k of [...PARTNER_TEXT_FIELDS, 'notes']) body[k] = k === 'name' ? form[k] : orNull(form[k]);
        const saved = await run(() =>
          initial
            ? api<Partner>('PUT', `/api/v1/partners/${initial.id}`, { ...body, version: initial.version })
            : api<Partner>('POST', '/api/v1/partners', body),
        );
        if (saved) onSaved(saved);
      }}
    >
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      <div className="row">
        <Input
          form={form}
          set={setForm}
          name="kind"
          label={labels.kind!}
          errors={fieldErrors}
          options={kindOptions()}
          required
        />
        <Input form={form} set={setForm} name="name" label={labels.name!} errors={fieldErrors} required />
      </div>
      <div className="row">
        {(['shortName', 'nip', 'regon', 'krs'] as const).map((k) => (
          <Input key={k} form={form} set={setForm} name={k} label={labels[k]!} errors={fieldErrors} />
        ))}
      </div>
      <div className="row">
        {(['street', 'buildingNo', 'flatNo', 'postalCode', 'city'] as const).map((k) => (
          <Input key={k} form={form} set={setForm} name={k} label={labels[k]!} errors={fieldErrors} />
        ))}
      </div>
      <Field name="gminaCode" label={labels.gminaCode!} error={fieldErrors.gminaCode}>
        {(p) => (
          <GminaPicker
            id={p.id}
            value={form.gminaCode ?? ''}
            onChange={(code) => setForm((f) => ({ ...f, gminaCode: code }))}
            invalid={!!fieldErrors.gminaCode}
            describedBy={p['aria-describedby']}
          />
        )}
      </Field>
      <div className="row">
        {(['email', 'phone', 'website'] as const).map((k) => (
          <Input key={k} form={form} set={setForm} name={k} label={labels[k]!} errors={fieldErrors} />
        ))}
      </div>
      <Input form={form} set={setForm} name="notes" label={labels.notes!} errors={fieldErrors} />
      <div className="buttons">
        <button type="submit" className="primary" disabled={busy}>
          {initial ? t('partners.save') : t('partners.add')}
        </button>
      </div>
    </form>
  );
}

/** The registry: search by name/NIP/REGON/town, filter by kind, add a partner. */
function PartnerList({ canEdit }: { canEdit: boolean }) {
  const [q, setQ] = useState('');
  const [kind, setKind] = useState('');
  const [archived, setArchived] = useState(false);
  const [items, setItems] = useState<Partner[] | null>(null);
  const [adding, setAdding] = useState(false);
  useEffect(() => {
    const params = new URLSearchParams();
    if (q.trim()) params.set('q', q.trim());
    if (kind) params.set('kind', kind);
    if (archived) params.set('archived', 'true');
    const timer = setTimeout(() => {
      api<{ items: Partner[] }>('GET', `/api/v1/partners?${params}`)
        .then((r) => setItems(r.items))
        .catch(() => setItems([]));
    }, 200);
    return () => clearTimeout(timer);
  }, [q, kind, archived]);
  return (
    <main id="main">
      <h1>{t('partners.title')}</h1>
      <div className="row" role="search">
        <div className="field">
          <label htmlFor="partner-q">{t('partners.search')}</label>
          <input id="partner-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="partner-kind">{t('partners.kind')}</label>
          <select id="partner-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">{t('partners.kindAll')}</option>
            {kindOptions().map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <label className="check">
          <input type="checkbox" checked={archived} onChange={(e) => setArchived(e.target.checked)} />{' '}
          {t('partners.showArchived')}
        </label>
      </div>
      {items && items.length === 0 && <p className="muted">{t('partners.none')}</p>}
      {items && items.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('partners.name')}</th>
              <th scope="col">{t('partners.kind')}</th>
              <th scope="col">{t('partners.nip')}</th>
              <th scope="col">{t('partners.city')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((p) => (
              <tr key={p.id}>
                <td>
                  <a {...linkProps(`/partners/${p.id}`)}>{p.name}</a>
                  {p.archived && <span className="badge"> {t('partners.archived')}</span>}
                </td>
                <td>{p.kindLabel}</td>
                <td>{p.nip ?? ''}</td>
                <td>{p.city ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canEdit && (
        <section className="card" aria-labelledby="partner-add">
          <h2 id="partner-add">{t('partners.add')}</h2>
          {adding ? (
            <PartnerForm onSaved={(p) => navigate(`/partners/${p.id}`)} />
          ) : (
            <button type="button" onClick={() => setAdding(true)}>
              {t('partners.add')}
            </button>
          )}
        </section>
      )}
    </main>
  );
}

/** A small add form for one section of the card; posts JSON and reloads the card. */
function AddForm({
  url,
  fields,
  submitLabel,
  onDone,
  toBody,
  initial,
}: {
  url: string;
  fields: {
    name: string;
    label: string;
    type?: string;
    required?: boolean;
    options?: { value: string; label: string }[];
  }[];
  submitLabel: string;
  onDone: () => void;
  toBody: (f: Form) => unknown;
  initial: Form;
}) {
  const [form, setForm] = useState<Form>(initial);
  const { fieldErrors, formError, busy, run } = useSubmit();
  const prefix = `${url.split('/').pop()}-`;
  return (
    <form
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        if (await run(() => api('POST', url, toBody(form)))) {
          setForm(initial);
          onDone();
        }
      }}
    >
      <ErrorSummary
        errors={Object.fromEntries(Object.entries(fieldErrors).map(([k, v]) => [prefix + k, v]))}
        formError={formError}
        labels={Object.fromEntries(fields.map((f) => [prefix + f.name, f.label]))}
      />
      <div className="row">
        {fields.map((f) => (
          <Input key={f.name} form={form} set={setForm} errors={fieldErrors} prefix={prefix} {...f} />
        ))}
      </div>
      <div className="buttons">
        <button type="submit" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

function AgreementFile({
  partnerId,
  a,
  canEdit,
  onDone,
}: {
  partnerId: string;
  a: Agreement;
  canEdit: boolean;
  onDone: () => void;
}) {
  const { formError, run } = useSubmit();
  const url = `/api/v1/partners/${partnerId}/agreements/${a.id}/file`;
  return (
    <>
      {a.file && (
        <a href={url} download>
          {t('partners.fileDownload')} ({a.file.fileName})
        </a>
      )}
      {canEdit && (
        <label className="file-input">
          {' '}
          {t('partners.fileUpload')}{' '}
          <input
            type="file"
            accept="application/pdf,image/jpeg,image/png"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              const form = new FormData();
              form.append('file', file, file.name);
              if (await run(() => apiUpload(url, form))) onDone();
            }}
          />
        </label>
      )}
      {formError && <p className="field-error">{formError}</p>}
    </>
  );
}

function PartnerCardPage({
  id,
  canEdit,
  canSeeReferrals,
  canManageAccounts,
}: {
  id: string;
  canEdit: boolean;
  canSeeReferrals: boolean;
  canManageAccounts: boolean;
}) {
  const [card, setCard] = useState<PartnerCard | null>(null);
  const [referrals, setReferrals] = useState<
    {
      referralId: string;
      participantId: string;
      participantName: string;
      receivedOn: string;
      stageLabel: string;
      since: string;
    }[]
  >([]);
  const [accounts, setAccounts] = useState<
    { userId: string; email: string; fullName: string; isActive: boolean }[]
  >([]);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const base = `/api/v1/partners/${id}`;
  const load = async () => {
    try {
      setCard(await api<PartnerCard>('GET', base));
      if (canSeeReferrals)
        setReferrals((await api<{ items: typeof referrals }>('GET', `${base}/referrals`)).items);
      if (canManageAccounts)
        setAccounts((await api<{ items: typeof accounts }>('GET', `${base}/accounts`)).items);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  useEffect(() => {
    void load();
  }, [id]);
  if (error)
    return (
      <main id="main">
        <p role="alert">{error}</p>
      </main>
    );
  if (!card)
    return (
      <main id="main">
        <p>{t('app.loading')}</p>
      </main>
    );
  const p = card.partner;
  return (
    <main id="main">
      <p>
        <a {...linkProps('/partners')}>← {t('partners.back')}</a>
      </p>
      <h1>
        {p.name} {p.archived && <span className="badge">{t('partners.archived')}</span>}
      </h1>
      <p className="lead">{p.kindLabel}</p>
      <section className="card" aria-labelledby="partner-data">
        <h2 id="partner-data">{t('partners.data')}</h2>
        {editing ? (
          <PartnerForm
            initial={p}
            onSaved={() => {
              setEditing(false);
              void load();
            }}
          />
        ) : (
          <dl className="facts">
            <dt>{t('partners.nip')}</dt>
            <dd>{p.nip ?? '—'}</dd>
            <dt>{t('partners.regon')}</dt>
            <dd>{p.regon ?? '—'}</dd>
            <dt>{t('partners.krs')}</dt>
            <dd>{p.krs ?? '—'}</dd>
            <dt>{t('partners.address')}</dt>
            <dd>
              {p.address ?? '—'}
              {p.gminaName ? ` (gm. ${p.gminaName})` : ''}
            </dd>
            <dt>{t('partners.email')}</dt>
            <dd>{p.email ?? '—'}</dd>
            <dt>{t('partners.phone')}</dt>
            <dd>{p.phone ?? '—'}</dd>
          </dl>
        )}
        {canEdit && !editing && (
          <div className="buttons">
            <button type="button" onClick={() => setEditing(true)}>
              {t('partners.edit')}
            </button>
            <button
              type="button"
              onClick={async () => {
                await api('POST', `${base}/${p.archived ? 'restore' : 'archive'}`, { version: p.version });
                void load();
              }}
            >
              {p.archived ? t('partners.restore') : t('partners.archive')}
            </button>
          </div>
        )}
      </section>

      <section className="card" aria-labelledby="partner-contacts">
        <h2 id="partner-contacts">{t('partners.contacts')}</h2>
        <ul className="plain">
          {card.contacts.map((c) => (
            <li key={c.id}>
              <strong>{c.fullName}</strong>
              {c.function ? ` — ${c.function}` : ''} {c.email ?? ''} {c.phone ?? ''}
            </li>
          ))}
        </ul>
        {canEdit && (
          <AddForm
            url={`${base}/contacts`}
            submitLabel={t('partners.contactAdd')}
            onDone={load}
            initial={{ fullName: '', function: '', email: '', phone: '' }}
            toBody={(f) => ({
              fullName: f.fullName,
              function: orNull(f.function),
              email: orNull(f.email),
              phone: orNull(f.phone),
            })}
            fields={[
              { name: 'fullName', label: t('partners.contactName'), required: true },
              { name: 'function', label: t('partners.contactFunction') },
              { name: 'email', label: t('partners.email') },
              { name: 'phone', label: t('partners.phone') },
            ]}
          />
        )}
      </section>

      <section className="card" aria-labelledby="partner-agreements">
        <h2 id="partner-agreements">{t('partners.agreements')}</h2>
        <ul className="plain">
          {card.agreements.map((a) => (
            <li key={a.id}>
              <strong>
                {a.kindLabel} {a.number ?? ''}
              </strong>{' '}
              — {a.subject}; {a.validFrom} – {a.validUntil ?? '…'} (
              {a.inForce ? t('partners.inForce') : t('partners.notInForce')}
              ); {t('partners.signatories')}: {a.signatories}.{' '}
              <AgreementFile partnerId={id} a={a} canEdit={canEdit} onDone={load} />
            </li>
          ))}
        </ul>
        {canEdit && (
          <AddForm
            url={`${base}/agreements`}
            submitLabel={t('partners.agreementAdd')}
            onDone={load}
            initial={{
              kind: 'AGREEMENT',
              number: '',
              subject: '',
              signedOn: '',
              validFrom: '',
              validUntil: '',
              signatories: '',
            }}
            toBody={(f) => ({
              kind: f.kind,
              number: orNull(f.number),
              subject: f.subject,
              signedOn: orNull(f.signedOn),
              validFrom: f.validFrom,
              validUntil: orNull(f.validUntil),
              signatories: f.signatories,
            })}
            fields={[
              {
                name: 'kind',
                label: t('partners.agreementKind'),
                options: AGREEMENT_KINDS.map((k) => ({ value: k, label: AGREEMENT_KIND_LABELS[k] })),
              },
              { name: 'number', label: t('partners.agreementNumber') },
              { name: 'subject', label: t('partners.subject'), required: true },
              { name: 'signedOn', label: t('partners.signedOn'), type: 'date' },
              { name: 'validFrom', label: t('partners.validFrom'), type: 'date', required: true },
              { name: 'validUntil', label: t('partners.validUntil'), type: 'date' },
              { name: 'signatories', label: t('partners.signatories'), required: true },
            ]}
          />
        )}
      </section>

      <section className="card" aria-labelledby="partner-log">
        <h2 id="partner-log">{t('partners.log')}</h2>
        <ul className="plain">
          {card.log.map((e) => (
            <li key={e.id}>
              <strong>{e.happenedOn}</strong>
              {e.untilOn ? ` – ${e.untilOn}` : ''} · {e.kindLabel}: {e.subject}
            </li>
          ))}
        </ul>
        {canEdit && (
          <AddForm
            url={`${base}/log`}
            submitLabel={t('partners.logAdd')}
            onDone={load}
            initial={{ kind: 'MEETING', happenedOn: '', untilOn: '', subject: '' }}
            toBody={(f) => ({
              kind: f.kind,
              happenedOn: f.happenedOn,
              untilOn: orNull(f.untilOn),
              subject: f.subject,
            })}
            fields={[
              {
                name: 'kind',
                label: t('partners.logKind'),
                options: LOG_KINDS.map((k) => ({ value: k, label: LOG_KIND_LABELS[k] })),
              },
              { name: 'happenedOn', label: t('partners.happenedOn'), type: 'date', required: true },
              { name: 'untilOn', label: t('partners.untilOn'), type: 'date' },
              { name: 'subject', label: t('partners.logSubject'), required: true },
            ]}
          />
        )}
      </section>

      {canSeeReferrals && (
        <section className="card" aria-labelledby="partner-referrals">
          <h2 id="partner-referrals">{t('partners.referrals')}</h2>
          {referrals.length === 0 ? (
            <p className="muted">{t('partners.referralsNone')}</p>
          ) : (
            <ul className="plain">
              {referrals.map((r) => (
                <li key={r.referralId}>
                  <a {...linkProps(`/participants/${r.participantId}`)}>{r.participantName}</a> —{' '}
                  {t('partners.receivedOn')} {r.receivedOn}; {t('partners.status')}:{' '}
                  <strong>{r.stageLabel}</strong> ({t('partners.since')} {r.since})
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {canManageAccounts && (
        <section className="card" aria-labelledby="partner-accounts">
          <h2 id="partner-accounts">{t('partners.accounts')}</h2>
          <p className="hint">{t('partners.accountsHint')}</p>
          <ul className="plain">
            {accounts.map((a) => (
              <li key={a.userId}>
                {a.fullName} ({a.email}) —{' '}
                {a.isActive ? t('partners.accountActive') : t('partners.accountInactive')}{' '}
                <button
                  type="button"
                  onClick={async () => {
                    await api('POST', `${base}/accounts/${a.userId}/active`, { active: !a.isActive });
                    void load();
                  }}
                >
                  {a.isActive ? t('partners.accountOff') : t('partners.accountOn')}
                </button>
              </li>
            ))}
          </ul>
          {!p.archived && (
            <AddForm
              url={`${base}/accounts`}
              submitLabel={t('partners.accountAdd')}
              onDone={load}
              initial={{ fullName: '', email: '', password: '' }}
              toBody={(f) => f}
              fields={[
                { name: 'fullName', label: t('partners.accountName'), required: true },
                { name: 'email', label: t('partners.email'), type: 'email', required: true },
                { name: 'password', label: t('partners.accountPassword'), type: 'password', required: true },
              ]}
            />
          )}
        </section>
      )}
    </main>
  );
}

/** The partner registry pages: `/partners` (list) and `/partners/:id` (card). */
export function PartnersPage({
  path,
  canEdit,
  canSeeReferrals,
  canManageAccounts,
}: {
  path: string;
  canEdit: boolean;
  canSeeReferrals: boolean;
  canManageAccounts: boolean;
}) {
  const card = /^\/partners\/([0-9a-f-]{36})$/.exec(path);
  if (card)
    return (
      <PartnerCardPage
        key={card[1]}
        id={card[1]!}
        canEdit={canEdit}
        canSeeReferrals={canSeeReferrals}
        canManageAccounts={canManageAccounts}
      />
    );
  return <PartnerList canEdit={canEdit} />;
}
