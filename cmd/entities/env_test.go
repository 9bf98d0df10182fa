package main

import (
	"bytes"
	"context"
	"flag"
	"strings"
	"testing"
)

// runEnv runs the entities command in-process with the given environment.
func runEnv(stdin string, vars map[string]string, args ...string) (stdout, stderr string, code int) {
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, getenv: func(k string) string { return vars[k] }}
	code = run(context.Background(), e, args)
	return out.String(), errb.String(), code
}

// TestEveryWorkerFlagHasAnEnvTwin: a container configures the worker through
// its environment only, so every flag must have an ENTITIES_* variable.
func TestEveryWorkerFlagHasAnEnvTwin(t *testing.T) {
	e := &env{stdin: strings.NewReader(""), stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}, getenv: func(string) string { return "" }}
	fs := flag.NewFlagSet("worker", flag.ContinueOnError)
	var f workerFlags
	f.register(fs, e)
	if err := applyEnv(fs, e, envTwins, engineEnv); err != nil {
		t.Fatal(err)
	}
	n := 0
	fs.VisitAll(func(fl *flag.Flag) {
		n++
		if !strings.Contains(fl.Usage, "(env ENTITIES_") && !strings.Contains(fl.Usage, "env ENTITIES_") {
			t.Errorf("--%s has no environment twin", fl.Name)
		}
	})
	if n < 30 {
		t.Errorf("only %d worker flags seen", n)
	}
}

// TestEngineEnvInEveryExtractingCommand: the extractor's variables apply to
// extract as to the worker, and a value that is no value is refused, not
// ignored.
func TestEngineEnvInEveryExtractingCommand(t *testing.T) {
	out, _, code := runEnv(`{"id":"u","text":"$20"}`+"\n", map[string]string{"ENTITIES_ALLOW_UND": "false"}, "extract")
	if code != 1 || !strings.Contains(out, "unknown_language") {
		t.Errorf("ENTITIES_ALLOW_UND=false: exit %d, %s", code, out)
	}
	out, _, code = runEnv(`{"id":"u","text":"$20"}`+"\n", nil, "extract")
	if code != 0 || !strings.Contains(out, `"lang":"und"`) {
		t.Errorf("without the variable: exit %d, %s", code, out)
	}
	for _, cmd := range []string{"extract", "serve", "reprocess"} {
		_, errs, code := runEnv("", map[string]string{"ENTITIES_PRELOAD": "soon"}, cmd)
		if code != 2 || !strings.Contains(errs, `ENTITIES_PRELOAD="soon"`) {
			t.Errorf("%s with ENTITIES_PRELOAD=soon: exit %d, %s", cmd, code, errs)
		}
	}
}

// TestBadTLSVariableIsRefused: ENTITIES_TLS=yes is no boolean strconv
// knows; it must not silently mean "no TLS".
func TestBadTLSVariableIsRefused(t *testing.T) {
	for _, v := range []string{"ENTITIES_TLS", "ENTITIES_TLS_INSECURE_SKIP_VERIFY"} {
		_, errs, code := runEnv("", map[string]string{v: "yes"}, "reprocess", "--brokers", "127.0.0.1:1")
		if code == 0 || !strings.Contains(errs, v+`="yes"`) {
			t.Errorf("%s=yes: exit %d, %s", v, code, errs)
		}
	}
}
