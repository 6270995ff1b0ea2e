import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HomeSchema } from '../../contracts/home.contract';
import type { AppDeps } from '../../app/deps';
import { getHome } from '../../app/home/get-home';
import { cookieAuth, errorResponses } from '../openapi-helpers';
import { ctxOf } from '../session';

/** The home page of the signed-in person: the cards of their roles, each a link to the list behind it. */
export function homeRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/home',
      {
        schema: {
          security: cookieAuth,
          tags: ['home'],
          summary: 'Strona startowa: karty zadań i wskaźników według ról',
          response: { 200: HomeSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => getHome(deps, ctxOf(request)),
    );
  };
}
