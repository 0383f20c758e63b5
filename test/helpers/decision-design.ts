/**
 * A design whose network Data holds two stores reached over plain links:
 * one decision (TLS for the network) that the one-decision tests report once.
 */
export const PLAIN_NETWORK_DESIGN = `architecture T {
  client U
  service Api
  network Data {
    database Db
    cache Hot
  }
  U -> Api : https
  Api -> Db : sql
  Api -> Hot : redis
}`;
