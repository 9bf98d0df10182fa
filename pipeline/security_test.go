package pipeline_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"math/big"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/sasl"
	"github.com/segmentio/kafka-go/sasl/plain"
	"github.com/segmentio/kafka-go/sasl/scram"
	"github.com/twmb/franz-go/pkg/kfake"

	"entities/pipeline"
)

// TestSASL runs a worker against a broker that requires authentication,
// once per mechanism the worker offers.
func TestSASL(t *testing.T) {
	if testing.Short() {
		t.Skip("integration test")
	}
	scram256, _ := scram.Mechanism(scram.SHA256, "entities", "s3cret")
	scram512, _ := scram.Mechanism(scram.SHA512, "entities", "s3cret")
	tests := []struct {
		name  string
		kfake string
		mech  sasl.Mechanism
		wrong sasl.Mechanism
	}{
		{"PLAIN", "PLAIN", plain.Mechanism{Username: "entities", Password: "s3cret"}, plain.Mechanism{Username: "entities", Password: "nope"}},
		{"SCRAM-SHA-256", "SCRAM-SHA-256", scram256, nil},
		{"SCRAM-SHA-512", "SCRAM-SHA-512", scram512, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := kfake.NewCluster(kfake.NumBrokers(1), kfake.EnableSASL(), kfake.Superuser(tt.kfake, "entities", "s3cret"),
				kfake.DefaultNumPartitions(2), kfake.GroupMinSessionTimeout(500*time.Millisecond))
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			addr := c.ListenAddrs()[0]
			cfg := testConfig(addr)
			cfg.SASL = tt.mech
			topics := cfg.Topics()

			w, stop := runWorker(t, cfg)
			waitFor(t, "worker ready", func() (bool, string) { return w.Ready(), "" })
			pw := &kafka.Writer{Addr: kafka.TCP(addr), Topic: topics.Input, RequiredAcks: kafka.RequireAll, BatchTimeout: time.Millisecond,
				Transport: &kafka.Transport{SASL: tt.mech}}
			var msgs []kafka.Message
			for i := range 20 {
				text, lang := genDocument(i)
				msgs = append(msgs, docMessage("sasl-"+strconv.Itoa(i), text, lang))
			}
			if err := pw.WriteMessages(t.Context(), msgs...); err != nil {
				t.Fatalf("produce: %v", err)
			}
			pw.Close()
			client := &kafka.Client{Addr: kafka.TCP(addr), Transport: &kafka.Transport{SASL: tt.mech}}
			waitFor(t, "20 results", func() (bool, string) {
				n := countRecordsWith(t, client, topics.Documents)
				return n >= 20, strconv.Itoa(n) + " results"
			})
			if err := stop(); err != nil {
				t.Fatalf("Run: %v", err)
			}
			if tt.wrong == nil {
				return
			}
			bad := cfg
			bad.SASL = tt.wrong
			bw, err := pipeline.NewWorker(bad, sharedEngine(t))
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(t.Context(), 20*time.Second)
			defer cancel()
			if err := bw.Run(ctx); err == nil || ctx.Err() != nil {
				t.Fatalf("Run with a wrong password: %v (context: %v), want an authentication error", err, ctx.Err())
			} else {
				t.Logf("wrong password: %v", err)
			}
		})
	}
}

// selfSigned returns a server certificate for 127.0.0.1 and a pool that
// trusts it.
func selfSigned(t *testing.T) (tls.Certificate, *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "entities test broker"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, KeyUsage: x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}, IsCA: true, BasicConstraintsValid: true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(cert)
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}, pool
}

// TestTLS runs a worker against a broker that only speaks TLS, trusting
// the broker's certificate through a CA pool as --tls-ca does.
func TestTLS(t *testing.T) {
	if testing.Short() {
		t.Skip("integration test")
	}
	cert, pool := selfSigned(t)
	c, err := kfake.NewCluster(kfake.NumBrokers(1), kfake.TLS(&tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}),
		kfake.DefaultNumPartitions(2), kfake.GroupMinSessionTimeout(500*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	addr := c.ListenAddrs()[0]
	clientTLS := &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}
	cfg := testConfig(addr)
	cfg.TLS = clientTLS
	topics := cfg.Topics()
	w, stop := runWorker(t, cfg)
	waitFor(t, "worker ready", func() (bool, string) { return w.Ready(), "" })
	pw := &kafka.Writer{Addr: kafka.TCP(addr), Topic: topics.Input, RequiredAcks: kafka.RequireAll, BatchTimeout: time.Millisecond,
		Transport: &kafka.Transport{TLS: clientTLS}}
	text, lang := genDocument(3)
	if err := pw.WriteMessages(t.Context(), docMessage("tls-1", text, lang)); err != nil {
		t.Fatalf("produce: %v", err)
	}
	pw.Close()
	client := &kafka.Client{Addr: kafka.TCP(addr), Transport: &kafka.Transport{TLS: clientTLS}}
	waitFor(t, "the result", func() (bool, string) {
		return countRecordsWith(t, client, topics.Documents) >= 1, ""
	})
	if err := stop(); err != nil {
		t.Fatalf("Run: %v", err)
	}
	// Without the CA the worker must refuse the broker.
	bad := cfg
	bad.TLS = &tls.Config{MinVersion: tls.VersionTLS12}
	bw, err := pipeline.NewWorker(bad, sharedEngine(t))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 20*time.Second)
	defer cancel()
	if err := bw.Run(ctx); err == nil || ctx.Err() != nil || !strings.Contains(err.Error(), "certificate") {
		t.Fatalf("Run without the CA: %v (context %v), want a certificate error", err, ctx.Err())
	}
}
