import type { CliCommand } from '../io';
export const validateCommand: CliCommand = async (_args, io) => { io.out('stub'); return 0; };
