// Package deploy holds what it takes to run the worker next to your own
// Kafka: the container image (Dockerfile), a compose file with Apache Kafka
// in KRaft mode, Prometheus and its alert rules, and Kubernetes manifests
// (k8s/) with a KEDA autoscaler. docs/operations.md explains them.
//
// The package has no code of its own. Its test keeps the files honest: it
// builds the binary with the Dockerfile's own build flags, checks that the
// result is static, and checks that every subcommand, flag, ENTITIES_*
// variable, port, probe path, topic and metric the files name is one the
// binary and package pipeline actually have.
package deploy
