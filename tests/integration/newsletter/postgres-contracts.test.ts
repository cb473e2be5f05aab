import { briefSendContract } from "../../support/contracts/brief-send";
import { subscriberStoreContract } from "../../support/contracts/subscriber-store";
import { postgresBackend } from "../../support/store-backends";

// The contracts tests/unit runs on SQLite, on the throwaway PostgreSQL server of
// tests/support/pg-global-setup.ts (or TEST_DATABASE_URL).
subscriberStoreContract(postgresBackend);
briefSendContract(postgresBackend);
