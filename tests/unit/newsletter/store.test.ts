import { subscriberStoreContract } from "../../support/contracts/subscriber-store";
import { sqliteBackend } from "../../support/store-backends";

subscriberStoreContract(sqliteBackend);
