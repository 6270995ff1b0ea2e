import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import {
  BenefitParametersResponseSchema,
  BenefitParametersUpdateSchema,
  BenefitPreviewRequestSchema,
  BenefitResultSchema,
  LawResponseSchema,
} from '../../contracts/benefit.contract';
import {
  getBenefitParameters,
  previewBenefit,
  setBenefitParameters,
} from '../../app/benefit/centre-benefit-rules';
import type { AppDeps } from '../../app/deps';
import { describeBenefitLaw } from '../../domain/benefit/catalogue';
import { cookieAuth, errorResponses } from '../openapi-helpers';
import { ctxOf } from '../session';

/** The law as implemented, the centre's regulamin parameters, and a benefit preview from the rules engine. */
export function benefitRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/law',
      {
        schema: {
          tags: ['law'],
          summary: 'Zasady ustawy: zestawy reguł, tabela zasiłku, parametry (publiczne)',
          response: { 200: LawResponseSchema },
        },
      },
      async () => {
        // Domain interfaces have no index signature; the loose response schema still validates them at run time.
        return describeBenefitLaw() as unknown as z.infer<typeof LawResponseSchema>;
      },
    );

    await app.register(async (plain) => {
      const scoped = plain.withTypeProvider<ZodTypeProvider>();
      const common = { security: cookieAuth, tags: ['benefit'] };
      scoped.get(
        '/api/v1/centre/benefit-parameters',
        {
          schema: {
            ...common,
            summary: 'Parametry regulaminu centrum (z źródłami) i reguły w mocy',
            response: { 200: BenefitParametersResponseSchema, ...errorResponses(401, 403) },
          },
        },
        async (request) => getBenefitParameters(deps, ctxOf(request)),
      );
      scoped.put(
        '/api/v1/centre/benefit-parameters',
        {
          schema: {
            ...common,
            summary: 'Zmiana parametrów regulaminu (kierownik, administrator)',
            body: BenefitParametersUpdateSchema,
            response: { 200: BenefitParametersResponseSchema, ...errorResponses(400, 401, 403) },
          },
        },
        async (request) => setBenefitParameters(deps, ctxOf(request), request.body.parameters),
      );
      scoped.post(
        '/api/v1/benefit/preview',
        {
          schema: {
            ...common,
            summary: 'Podgląd świadczenia integracyjnego za miesiąc (z wyjaśnieniem)',
            body: BenefitPreviewRequestSchema,
            response: { 200: BenefitResultSchema, ...errorResponses(400, 401, 403) },
          },
        },
        async (request) => previewBenefit(deps, ctxOf(request), request.body),
      );
    });
  };
}
