export interface MigrationContext {
  dialect: 'sqlite' | 'postgres'
}

/** Column type for an instant: timestamptz on PostgreSQL, ISO-8601 text on SQLite. */
export const instantType = (dialect: MigrationContext['dialect']) => (dialect === 'postgres' ? 'timestamptz' : 'text')
