// Package broker runs an in-process Kafka-protocol broker for local
// development, demos and integration tests: kfake from franz-go, listening
// on one address, speaking the real wire protocol, so kafka-go, kcat and
// any other client can talk to it.
//
// It keeps every record in memory and loses everything when it stops. It
// has no replication, no durability and no security: it is not for
// production. Use a real Kafka cluster there (see deploy/).
package broker
