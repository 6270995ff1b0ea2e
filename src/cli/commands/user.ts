import { parseArgs } from 'node:util';
import { loadConfig } from '../../config';
import { createDeps, openMigratedDatabase } from '../../main';
import { AppError } from '../../app/app-error';
import { addUserFromCli } from '../../app/users/add-user-from-cli';
import { z } from 'zod';
import { STAFF_ROLES } from '../../domain/access/roles';
import type { CliCommand } from '../io';

// Staff roles only: a partner institution's account is created on the partner's card (issue 16).
const StaffRoleSchema = z.enum(STAFF_ROLES);
const USAGE =
  `Użycie: reintegra user add --centre <id|REGON> --email <e-mail> --role <${STAFF_ROLES.join('|')}> ` +
  `[--name "Imię Nazwisko"] --password-stdin`;

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
  const role = StaffRoleSchema.safeParse(values.role?.toUpperCase());
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
      `${result.created ? 'Utworzono konto' : 'Nadano rolę istniejącemu kontu'} ${values.email} (${role.data}) ` +
        `w centrum ${result.centreId}.`,
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
