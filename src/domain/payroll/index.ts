/** The benefit payroll's bank file (shared/domain/formats.md §3.1): build, text rules and an independent reader. */
export * from './elixir-text';
export * from './elixir-o';
export * from './elixir-parse';
