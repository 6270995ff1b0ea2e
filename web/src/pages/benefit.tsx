import type { Law } from './benefit-types';
import { formatMoney, t, useLang } from '../i18n';
import { useApiQuery } from '../query';
import { Calculator } from './benefit-calculator';
import { Parameters } from './benefit-parameters';

export function BenefitPage({ canSetParameters, isCis }: { canSetParameters: boolean; isCis: boolean }) {
  return (
    <main id="main">
      <h1>{t('benefit.title')}</h1>
      <p className="lead">{t('benefit.intro')}</p>
      {isCis ? <Calculator /> : <p className="alert alert-info">{t('benefit.kis')}</p>}
      <Parameters canEdit={canSetParameters} />
      <LawRules />
      <ZTable />
    </main>
  );
}

const validity = (from: string, to: string | null) =>
  to ? t('benefit.validityTo', { from, to }) : `${t('benefit.validity', { from })} (${t('benefit.inForce')})`;

/** The law page: every rule of every rule set with its article, the months it applies to and its certainty. */
function LawRules() {
  const law = useApiQuery<Law>('/api/v1/law').data;
  if (!law) return null;
  return (
    <section className="card" aria-labelledby="law">
      <h2 id="law">{t('benefit.law')}</h2>
      <p className="muted">{t('benefit.lawIntro', { title: law.act.title, note: law.act.note })}</p>
      {[...law.ruleSets].reverse().map((rs, i) => (
        <details key={rs.id} open={i === 0}>
          <summary>
            <strong>{rs.label}</strong> — {validity(rs.validFrom, rs.validTo)}
          </summary>
          <p>{rs.summary}</p>
          <div className="table-wrap">
            <table>
              <caption className="sr-only">{rs.label}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('benefit.rule')}</th>
                  <th scope="col">{t('benefit.value')}</th>
                  <th scope="col">{t('benefit.article')}</th>
                  <th scope="col">{t('benefit.confidence')}</th>
                </tr>
              </thead>
              <tbody>
                {rs.rules.map((r) => (
                  <tr key={r.key}>
                    <td>{r.label}</td>
                    <td>{r.value}</td>
                    <td>{r.article}</td>
                    <td className="small">
                      {r.confidenceLabel}
                      {r.note && <p className="muted">{r.note}</p>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ))}
      <h3>{t('benefit.decisions')}</h3>
      <ul>
        {law.decisions.map((d) => (
          <li key={d}>{d}</li>
        ))}
      </ul>
    </section>
  );
}

function ZTable() {
  useLang(); // amounts follow the language
  const law = useApiQuery<Law>('/api/v1/law').data;
  if (!law) return null;
  return (
    <section className="card" aria-labelledby="ztable">
      <h2 id="ztable">{t('benefit.zTable')}</h2>
      <div className="table-wrap">
        <table>
          <caption className="sr-only">{t('benefit.zTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('benefit.from')}</th>
              <th scope="col">{t('benefit.z')}</th>
              <th scope="col">{t('benefit.monthly')}</th>
              <th scope="col">{t('benefit.source')}</th>
            </tr>
          </thead>
          <tbody>
            {[...law.unemploymentBenefits].reverse().map((z) => (
              <tr key={z.from}>
                <td>{z.from}</td>
                <td>{formatMoney(z.amount)}</td>
                <td>{formatMoney(z.monthlyBenefit)}</td>
                <td className="small">
                  {z.source}{' '}
                  {!z.verified && <span className="badge conf-uncertain">{t('confidence.uncertain')}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
