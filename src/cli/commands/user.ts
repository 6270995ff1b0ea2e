import { parseArgs } from 'node:util';
import { loadConfig } from '../../config';
import { createDeps, openMigratedDatabase } from '../../main';
import { AppError } from '../../app/app-error';
import { addUserFromCli } from '../../app/users/add-user-from-cli';
import { RoleSchema } from '../../contracts/common';
import type { CliCommand } from '../io';

const USAGE =
  'Użycie: reintegra user add --centre <id|REGON> --email <e-mail> --role <ADMIN|DIRECTOR|SOCIAL_WORKER|INSTRUCTOR|ACCOUNTANT> [--name "Imię Nazwisko"] --password-stdin';

export const userCommand: CliCommand = async (args, io) => {
  const [sub, ...rest] = args;
  if (sub !== 'add') {
    io.err(USAGE);
    return 2;
  }
  let values;
  try {
    ({ values } = parseArgs({
      args: rest,
      options: {
        centre: { type: 'string' },
        email: { type: 'string' },
        role: { type: 'string' },
        name: { type: 'string' },
        'password-stdin': { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const role = RoleSchema.safeParse(values.role?.toUpperCase());
  if (!values.centre || !values.email || !role.success) {
    io.err(USAGE);
    return 2;
  }
  const password = values['password-stdin'] ? (await io.readStdin()).replace(/\r?\n$/, '') : undefined;

  const config = loadConfig();
  const handle = await openMigratedDatabase(config);
  try {
    const result = await addUserFromCli(createDeps(handle, config), {
      centre: values.centre,
      email: values.email,
      role: role.data,
      fullName: values.name,
      password,
    });
    io.out(
      `${result.created ? 'Utworzono konto' : 'Nadano rolę istniejącemu kontu'} ${values.email} (${role.data}) w centrum ${result.centreId}.`,
    );
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      const fields = (error.details as { fields?: { message: string }[] } | undefined)?.fields;
      io.err(`Błąd: ${fields?.map((f) => f.message).join(' ') || error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await handle.close();
  }
};
