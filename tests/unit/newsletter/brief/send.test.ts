import { briefSendContract } from "../../../support/contracts/brief-send";
import { sqliteBackend } from "../../../support/store-backends";

briefSendContract(sqliteBackend);
