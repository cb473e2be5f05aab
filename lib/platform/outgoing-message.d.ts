// Node.js has OutgoingMessage.prototype.getRawHeaderNames since v15.13
// (https://nodejs.org/api/http.html#outgoingmessagegetrawheadernames), but
// @types/node 20 declares it on ClientRequest only; server responses have it too.
import "node:http";

declare module "node:http" {
  interface OutgoingMessage {
    getRawHeaderNames(): string[];
  }
}
