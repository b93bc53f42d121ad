import { defineConfig } from 'drizzle-kit';

// `npx drizzle-kit generate` writes the SQL migration for schema changes into migrations/;
// triggers and other hand-written SQL go into `drizzle-kit generate --custom` files.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/server/db/schema/index.ts',
  out: './migrations',
});
