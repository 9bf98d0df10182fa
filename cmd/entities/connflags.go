package main

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/sasl"
	"github.com/segmentio/kafka-go/sasl/plain"
	"github.com/segmentio/kafka-go/sasl/scram"

	"entities/pipeline/replay"
)

// connFlags say how to reach a Kafka cluster: brokers, TLS and SASL. Every
// flag has an ENTITIES_* environment twin, read as the flag's default.
type connFlags struct {
	brokers  string
	tlsOn    bool
	tlsCA    string
	tlsCert  string
	tlsKey   string
	tlsSkip  bool
	saslMech string
	saslUser string
	saslPass string
	envErr   error // a boolean twin that is no boolean, reported by tlsConfig
}

func (c *connFlags) register(fs *flag.FlagSet, e *env) {
	fs.StringVar(&c.brokers, "brokers", e.getenv("ENTITIES_BROKERS"), "Kafka bootstrap brokers, comma-separated (env ENTITIES_BROKERS)")
	boolEnv := func(name string) bool {
		v := e.getenv(name)
		if v == "" {
			return false
		}
		b, err := strconv.ParseBool(v)
		if err != nil {
			c.envErr = errors.Join(c.envErr, fmt.Errorf("%s=%q: want true or false", name, v))
		}
		return b
	}
	fs.BoolVar(&c.tlsOn, "tls", boolEnv("ENTITIES_TLS"), "connect with TLS (env ENTITIES_TLS=true); implied by the other --tls-* flags")
	fs.StringVar(&c.tlsCA, "tls-ca", e.getenv("ENTITIES_TLS_CA"), "PEM file of CA certificates to trust (env ENTITIES_TLS_CA)")
	fs.StringVar(&c.tlsCert, "tls-cert", e.getenv("ENTITIES_TLS_CERT"), "PEM client certificate for mutual TLS (env ENTITIES_TLS_CERT)")
	fs.StringVar(&c.tlsKey, "tls-key", e.getenv("ENTITIES_TLS_KEY"), "PEM client key for mutual TLS (env ENTITIES_TLS_KEY)")
	fs.BoolVar(&c.tlsSkip, "tls-insecure-skip-verify", boolEnv("ENTITIES_TLS_INSECURE_SKIP_VERIFY"), "do not verify the brokers' certificates (testing only; env ENTITIES_TLS_INSECURE_SKIP_VERIFY)")
	fs.StringVar(&c.saslMech, "sasl-mechanism", e.getenv("ENTITIES_SASL_MECHANISM"), "SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512 (env ENTITIES_SASL_MECHANISM)")
	fs.StringVar(&c.saslUser, "sasl-username", e.getenv("ENTITIES_SASL_USERNAME"), "SASL user name (env ENTITIES_SASL_USERNAME)")
	fs.StringVar(&c.saslPass, "sasl-password", e.getenv("ENTITIES_SASL_PASSWORD"), "SASL password (env ENTITIES_SASL_PASSWORD; prefer the variable to the flag)")
}

func (c *connFlags) brokerList() []string { return splitList(c.brokers) }

// tlsConfig returns nil when TLS is off.
func (c *connFlags) tlsConfig() (*tls.Config, error) {
	if c.envErr != nil {
		return nil, c.envErr
	}
	if !c.tlsOn && c.tlsCA == "" && c.tlsCert == "" && c.tlsKey == "" && !c.tlsSkip {
		return nil, nil
	}
	cfg := &tls.Config{MinVersion: tls.VersionTLS12, InsecureSkipVerify: c.tlsSkip}
	if c.tlsCA != "" {
		pem, err := os.ReadFile(c.tlsCA)
		if err != nil {
			return nil, fmt.Errorf("read --tls-ca: %w", err)
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("--tls-ca %s holds no PEM certificate", c.tlsCA)
		}
		cfg.RootCAs = pool
	}
	if (c.tlsCert == "") != (c.tlsKey == "") {
		return nil, errors.New("--tls-cert and --tls-key go together")
	}
	if c.tlsCert != "" {
		cert, err := tls.LoadX509KeyPair(c.tlsCert, c.tlsKey)
		if err != nil {
			return nil, fmt.Errorf("load client certificate: %w", err)
		}
		cfg.Certificates = []tls.Certificate{cert}
	}
	return cfg, nil
}

// mechanism returns nil when SASL is off.
func (c *connFlags) mechanism() (sasl.Mechanism, error) {
	switch strings.ToUpper(c.saslMech) {
	case "":
		if c.saslUser != "" {
			return nil, errors.New("--sasl-username needs --sasl-mechanism")
		}
		return nil, nil
	case "PLAIN":
		return plain.Mechanism{Username: c.saslUser, Password: c.saslPass}, nil
	case "SCRAM-SHA-256":
		return scram.Mechanism(scram.SHA256, c.saslUser, c.saslPass)
	case "SCRAM-SHA-512":
		return scram.Mechanism(scram.SHA512, c.saslUser, c.saslPass)
	default:
		return nil, fmt.Errorf("unknown --sasl-mechanism %q (want PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512)", c.saslMech)
	}
}

// transport builds the kafka-go transport and dialer for these flags.
func (c *connFlags) transport(clientID string) (*kafka.Transport, *kafka.Dialer, error) {
	if len(c.brokerList()) == 0 {
		return nil, nil, errors.New("no brokers: set --brokers or ENTITIES_BROKERS")
	}
	tc, err := c.tlsConfig()
	if err != nil {
		return nil, nil, err
	}
	mech, err := c.mechanism()
	if err != nil {
		return nil, nil, err
	}
	t := &kafka.Transport{TLS: tc, SASL: mech, ClientID: clientID}
	d := &kafka.Dialer{ClientID: clientID, Timeout: 10 * time.Second, DualStack: true, TLS: tc, SASLMechanism: mech}
	return t, d, nil
}

func (c *connFlags) replayConn() (replay.Conn, error) {
	t, d, err := c.transport("entities-replay")
	if err != nil {
		return replay.Conn{}, err
	}
	return replay.Conn{Brokers: c.brokerList(), Transport: t, Dialer: d}, nil
}
