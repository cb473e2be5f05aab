import { fullTextSearchContract } from "../../support/contracts/full-text-search";
import { postgresBackend } from "../../support/store-backends";

// The contract tests/unit/search/search.test.ts runs on SQLite, on the throwaway
// PostgreSQL server of tests/support/pg-global-setup.ts (or TEST_DATABASE_URL).
fullTextSearchContract(postgresBackend);
