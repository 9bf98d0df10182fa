package deploy

import (
	"bytes"
	"context"
	"debug/elf"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"gopkg.in/yaml.v3"

	"entities/pipeline"
)

// The truth these tests hold the deployment files to comes from the code:
// the binary built with the Dockerfile's flags (its subcommands, flags,
// ENTITIES_* twins, defaults and served paths) and package pipeline (topic
// names and settings, metric names). Tests that need the binary build it
// once per run and are skipped with -short.

// repoRoot is the module root: the Dockerfile's build context.
const repoRoot = ".."

var tmpDir string

func TestMain(m *testing.M) {
	flag.Parse()
	var err error
	if tmpDir, err = os.MkdirTemp("", "entities-deploy-test-"); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(tmpDir)
	os.Exit(code)
}

// ---- YAML files ----

// doc is one YAML document of a file under deploy/.
type doc struct {
	file string // relative to deploy/
	n    int    // index in a multi-document file
	v    map[string]any
}

func (d doc) String() string { return fmt.Sprintf("%s#%d", d.file, d.n) }
func (d doc) kind() string   { return str(d.v["kind"]) }
func (d doc) name() string   { return str(get(d.v, "metadata", "name")) }

var docsCache []doc

// docs parses every .yaml and .yml file under deploy/, all documents of each.
func docs(t *testing.T) []doc {
	t.Helper()
	if docsCache != nil {
		return docsCache
	}
	var out []doc
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || (filepath.Ext(path) != ".yaml" && filepath.Ext(path) != ".yml") {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		dec := yaml.NewDecoder(bytes.NewReader(b))
		for n := 0; ; n++ {
			var v map[string]any
			err := dec.Decode(&v)
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				return fmt.Errorf("%s, document %d: %w", path, n, err)
			}
			if v != nil {
				out = append(out, doc{file: filepath.ToSlash(path), n: n, v: v})
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	docsCache = out
	return out
}

func docsOf(t *testing.T, file string) []doc {
	var out []doc
	for _, d := range docs(t) {
		if d.file == file {
			out = append(out, d)
		}
	}
	if len(out) == 0 {
		t.Fatalf("no YAML document in deploy/%s", file)
	}
	return out
}

func k8sDocs(t *testing.T) []doc {
	var out []doc
	for _, d := range docs(t) {
		if strings.HasPrefix(d.file, "k8s/") {
			out = append(out, d)
		}
	}
	return out
}

func get(v any, path ...string) any {
	for _, p := range path {
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = m[p]
	}
	return v
}

func str(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	}
	return fmt.Sprint(v)
}

func list(v any) []any { l, _ := v.([]any); return l }

func mapOf(v any) map[string]any { m, _ := v.(map[string]any); return m }

// strings of a list or a single string (compose accepts both for command).
func words(v any) []string {
	switch v := v.(type) {
	case string:
		return shellWords(v)
	case []any:
		out := make([]string, len(v))
		for i, w := range v {
			out[i] = str(w)
		}
		return out
	}
	return nil
}

// allStrings calls f with every string scalar inside v.
func allStrings(v any, f func(string)) {
	switch v := v.(type) {
	case string:
		f(v)
	case []any:
		for _, x := range v {
			allStrings(x, f)
		}
	case map[string]any:
		for _, x := range v {
			allStrings(x, f)
		}
	}
}

func TestYAMLFiles(t *testing.T) {
	want := []string{"compose.yaml", "prometheus.yml", "alerts.yml", "k8s/kustomization.yaml", "k8s/deployment.yaml",
		"k8s/configmap.yaml", "k8s/secret.yaml", "k8s/service.yaml", "k8s/pdb.yaml", "k8s/keda.yaml", "k8s/topics-job.yaml"}
	for _, f := range want {
		docsOf(t, f)
	}
	for _, d := range k8sDocs(t) {
		if d.file == "k8s/kustomization.yaml" {
			for _, r := range list(d.v["resources"]) {
				if _, err := os.Stat(filepath.Join("k8s", str(r))); err != nil {
					t.Errorf("%s lists %v: %v", d, r, err)
				}
			}
			continue
		}
		if str(d.v["apiVersion"]) == "" || d.kind() == "" || d.name() == "" {
			t.Errorf("%s: a Kubernetes object needs apiVersion, kind and metadata.name", d)
		}
	}
}

// ---- Dockerfile ----

type instruction struct {
	cmd  string // upper case
	args string
}

type dockerfile struct {
	stages [][]instruction // per FROM
	names  []string        // stage names (AS ...)
}

func parseDockerfile(t *testing.T) dockerfile {
	t.Helper()
	b, err := os.ReadFile("Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	var df dockerfile
	var cur strings.Builder
	flush := func() {
		line := strings.TrimSpace(cur.String())
		cur.Reset()
		if line == "" {
			return
		}
		cmd, args, _ := strings.Cut(line, " ")
		in := instruction{cmd: strings.ToUpper(cmd), args: strings.TrimSpace(args)}
		if in.cmd == "FROM" {
			f := strings.Fields(in.args)
			name := ""
			if len(f) == 3 && strings.EqualFold(f[1], "AS") {
				name = f[2]
			}
			df.stages = append(df.stages, nil)
			df.names = append(df.names, name)
		}
		if len(df.stages) > 0 {
			df.stages[len(df.stages)-1] = append(df.stages[len(df.stages)-1], in)
		}
	}
	for _, line := range strings.Split(string(b), "\n") {
		trimmed := strings.TrimSpace(line)
		if strings.HasPrefix(trimmed, "#") {
			continue
		}
		if strings.HasSuffix(line, "\\") {
			cur.WriteString(strings.TrimSuffix(line, "\\") + " ")
			continue
		}
		cur.WriteString(line)
		flush()
	}
	flush()
	if len(df.stages) < 2 {
		t.Fatalf("Dockerfile: want a multi-stage build, got %d stages", len(df.stages))
	}
	return df
}

func (df dockerfile) final() []instruction { return df.stages[len(df.stages)-1] }

func (df dockerfile) finalArgs(cmd string) []string {
	var out []string
	for _, in := range df.final() {
		if in.cmd == cmd {
			out = append(out, in.args)
		}
	}
	return out
}

// env returns the ENV settings of a stage (both `K=V` and `K V` forms).
func stageEnv(st []instruction) map[string]string {
	env := map[string]string{}
	for _, in := range st {
		if in.cmd != "ENV" {
			continue
		}
		w := shellWords(in.args)
		if len(w) == 2 && !strings.Contains(w[0], "=") {
			env[w[0]] = w[1]
			continue
		}
		for _, kv := range w {
			if k, v, ok := strings.Cut(kv, "="); ok {
				env[k] = v
			}
		}
	}
	return env
}

// goBuild is the `go build` command of the Dockerfile.
type goBuild struct {
	stage int
	env   []string // K=V: the stage's ENV and the assignments before `go`
	flags []string // build flags, without -o
	out   string
	pkgs  []string
}

// valueFlags are the go build flags that take the next word as their value.
var valueFlags = map[string]bool{"-o": true, "-ldflags": true, "-gcflags": true, "-asmflags": true, "-tags": true,
	"-mod": true, "-modfile": true, "-p": true, "-pkgdir": true, "-buildmode": true, "-installsuffix": true,
	"-overlay": true, "-pgo": true, "-C": true, "-toolexec": true, "-compiler": true, "-gccgoflags": true}

func (df dockerfile) goBuild(t *testing.T) goBuild {
	t.Helper()
	var found []goBuild
	for si, st := range df.stages {
		for _, in := range st {
			if in.cmd != "RUN" {
				continue
			}
			w := shellWords(in.args)
			for i := 0; i+1 < len(w); i++ {
				if w[i] != "go" || w[i+1] != "build" {
					continue
				}
				b := goBuild{stage: si}
				for k, v := range stageEnv(st) {
					b.env = append(b.env, k+"="+v)
				}
				for j := i - 1; j >= 0 && regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*=`).MatchString(w[j]); j-- {
					b.env = append(b.env, w[j])
				}
				j := i + 2
				for ; j < len(w) && strings.HasPrefix(w[j], "-"); j++ {
					f := w[j]
					name, _, hasValue := strings.Cut(f, "=")
					if name == "-o" || name == "--o" {
						if hasValue {
							b.out = f[len(name)+1:]
						} else {
							j++
							b.out = w[j]
						}
						continue
					}
					b.flags = append(b.flags, f)
					if !hasValue && valueFlags[strings.Replace(name, "--", "-", 1)] && j+1 < len(w) {
						j++
						b.flags = append(b.flags, w[j])
					}
				}
				for ; j < len(w) && w[j] != "&&" && w[j] != ";" && w[j] != "||"; j++ {
					b.pkgs = append(b.pkgs, w[j])
				}
				found = append(found, b)
			}
		}
	}
	if len(found) != 1 {
		t.Fatalf("Dockerfile: want exactly one `go build` command, found %d", len(found))
	}
	return found[0]
}

func TestDockerfile(t *testing.T) {
	df := parseDockerfile(t)
	b := df.goBuild(t)

	// The build must be the one the issue asks for; the static-binary test
	// then checks that these flags really give a static, stripped binary.
	if !slices.Contains(b.env, "CGO_ENABLED=0") {
		t.Errorf("go build runs without CGO_ENABLED=0 (env %q)", b.env)
	}
	if !slices.Contains(b.flags, "-trimpath") {
		t.Errorf("go build flags %q lack -trimpath", b.flags)
	}
	if ld := flagValue(b.flags, "-ldflags"); !slices.Contains(strings.Fields(ld), "-s") || !slices.Contains(strings.Fields(ld), "-w") {
		t.Errorf("go build -ldflags %q lacks -s -w", ld)
	}
	if !slices.Equal(b.pkgs, []string{"./cmd/entities"}) {
		t.Errorf("go build packages %q, want ./cmd/entities", b.pkgs)
	}
	if b.stage == len(df.stages)-1 {
		t.Errorf("the binary is built in the final stage: the image would carry the toolchain")
	}

	// Final stage: small, non-root, the binary as entrypoint.
	from := strings.Fields(df.final()[0].args)[0]
	if from != "scratch" && !strings.HasPrefix(from, "gcr.io/distroless/static") {
		t.Errorf("final stage is FROM %s, want distroless static or scratch", from)
	}
	users := df.finalArgs("USER")
	if len(users) == 0 {
		t.Errorf("final stage has no USER: the image would run as root")
	} else if u, _, _ := strings.Cut(users[len(users)-1], ":"); u == "root" || u == "0" {
		t.Errorf("final stage runs as USER %s", users[len(users)-1])
	}
	var binaryAt string
	for _, c := range df.finalArgs("COPY") {
		w := shellWords(c)
		if len(w) >= 3 && strings.HasPrefix(w[0], "--from=") && w[len(w)-2] == b.out {
			binaryAt = w[len(w)-1]
		}
	}
	if binaryAt == "" {
		t.Fatalf("final stage does not COPY the built %s from the build stage", b.out)
	}
	ep := jsonArray(t, df.finalArgs("ENTRYPOINT"))
	if len(ep) != 1 || ep[0] != binaryAt {
		t.Errorf("ENTRYPOINT %q, want [%q]", ep, binaryAt)
	}

	// The exposed port is the one the image's ENTITIES_HTTP_ADDR listens on.
	env := stageEnv(df.final())
	if addr, ok := env["ENTITIES_HTTP_ADDR"]; ok {
		host, port := splitAddr(t, "Dockerfile ENV ENTITIES_HTTP_ADDR", addr)
		if isLoopback(host) {
			t.Errorf("Dockerfile ENV ENTITIES_HTTP_ADDR=%s is unreachable from outside the container", addr)
		}
		if ex := df.finalArgs("EXPOSE"); !slices.Contains(ex, strconv.Itoa(port)) && !slices.Contains(ex, fmt.Sprintf("%d/tcp", port)) {
			t.Errorf("EXPOSE %q does not include the metrics port %d", ex, port)
		}
	}
}

func flagValue(flags []string, name string) string {
	for i, f := range flags {
		if f == name && i+1 < len(flags) {
			return flags[i+1]
		}
		if v, ok := strings.CutPrefix(f, name+"="); ok {
			return v
		}
	}
	return ""
}

func jsonArray(t *testing.T, args []string) []string {
	t.Helper()
	if len(args) == 0 {
		return nil
	}
	var out []string
	if err := json.Unmarshal([]byte(args[len(args)-1]), &out); err != nil {
		t.Fatalf("want the exec (JSON array) form, got %s: %v", args[len(args)-1], err)
	}
	return out
}

// shellWords splits a shell command line into words, with single and double
// quotes and backslash escapes; enough for Dockerfile RUN lines and compose
// commands, not a shell.
func shellWords(s string) []string {
	var out []string
	var cur strings.Builder
	inWord := false
	var quote rune
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case quote != 0:
			if r == quote {
				quote = 0
			} else if r == '\\' && quote == '"' && i+1 < len(rs) {
				i++
				cur.WriteRune(rs[i])
			} else {
				cur.WriteRune(r)
			}
		case r == '\'' || r == '"':
			quote, inWord = r, true
		case r == '\\' && i+1 < len(rs):
			i++
			cur.WriteRune(rs[i])
			inWord = true
		case r == ' ' || r == '\t' || r == '\n':
			if inWord {
				out = append(out, cur.String())
				cur.Reset()
				inWord = false
			}
		default:
			cur.WriteRune(r)
			inWord = true
		}
	}
	if inWord {
		out = append(out, cur.String())
	}
	return out
}

// ---- the binary ----

var build struct {
	done bool
	path string
	err  error
}

// binary builds cmd/entities once per test run, exactly as the Dockerfile
// does (its env and flags), and returns its path.
func binary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary (~1 min); run without -short")
	}
	if !build.done {
		build.done = true
		b := parseDockerfile(t).goBuild(t)
		build.path = filepath.Join(tmpDir, "entities")
		args := append([]string{"build"}, b.flags...)
		args = append(args, "-o", build.path)
		args = append(args, b.pkgs...)
		cmd := exec.Command("go", args...)
		cmd.Dir = repoRoot
		cmd.Env = append(os.Environ(), b.env...)
		t.Logf("building: %s go %s", strings.Join(b.env, " "), strings.Join(args, " "))
		if out, err := cmd.CombinedOutput(); err != nil {
			build.err = fmt.Errorf("go %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	if build.err != nil {
		t.Fatal(build.err)
	}
	return build.path
}

func TestStaticBinary(t *testing.T) {
	bin := binary(t)
	f, err := elf.Open(bin)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, p := range f.Progs {
		switch p.Type {
		case elf.PT_INTERP:
			t.Errorf("binary has a PT_INTERP program header: it needs a dynamic loader, the distroless/scratch image has none")
		case elf.PT_DYNAMIC:
			t.Errorf("binary has a PT_DYNAMIC program header: it is dynamically linked")
		}
	}
	if s := f.Section(".dynamic"); s != nil {
		t.Errorf("binary has a .dynamic section")
	}
	if libs, err := f.ImportedLibraries(); err != nil || len(libs) > 0 {
		t.Errorf("binary imports libraries %q (err %v)", libs, err)
	}
	// -s and -w: no symbol table, no DWARF.
	for _, name := range []string{".symtab", ".debug_info"} {
		if f.Section(name) != nil {
			t.Errorf("binary has a %s section: -ldflags \"-s -w\" did not take effect", name)
		}
	}
	// -trimpath: the build machine's paths are not in the binary.
	abs, err := filepath.Abs(repoRoot)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(data, []byte(abs+"/")) {
		t.Errorf("binary contains the source path %s: -trimpath did not take effect", abs)
	}
}

// flagInfo is one flag of a subcommand, as its -h output says.
type flagInfo struct {
	name string
	typ  string // "" for bool flags
	def  string
	env  string // its ENTITIES_* twin, if any
}

type usage struct {
	flags map[string]flagInfo // by flag name
	env   map[string]flagInfo // by environment variable
}

var (
	commandsCache []string
	usageCache    = map[string]usage{}
)

// commands lists the binary's subcommands from its usage text.
func commands(t *testing.T, bin string) []string {
	t.Helper()
	if commandsCache != nil {
		return commandsCache
	}
	out, _ := exec.Command(bin).CombinedOutput()
	_, list, ok := strings.Cut(string(out), "Commands:")
	if !ok {
		t.Fatalf("entities without arguments printed no command list:\n%s", out)
	}
	for _, line := range strings.Split(list, "\n") {
		if f := strings.Fields(line); len(f) > 0 && strings.HasPrefix(line, "  ") {
			commandsCache = append(commandsCache, f[0])
		}
	}
	return commandsCache
}

var (
	flagLine    = regexp.MustCompile(`^  -(\S+)(?: (\S+))?$`)
	envTwin     = regexp.MustCompile(`\benv (ENTITIES_[A-Z0-9_]+)`)
	defaultText = regexp.MustCompile(`\(default (\S.*?)\)\s*$`)
)

// help parses `entities <command> -h`.
func help(t *testing.T, bin, command string) usage {
	t.Helper()
	if u, ok := usageCache[command]; ok {
		return u
	}
	cmd := exec.Command(bin, command, "-h")
	cmd.Env = cleanEnv(nil)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("entities %s -h: %v\n%s", command, err, out)
	}
	u := usage{flags: map[string]flagInfo{}, env: map[string]flagInfo{}}
	var cur *flagInfo
	done := func() {
		if cur != nil {
			u.flags[cur.name] = *cur
			if cur.env != "" {
				u.env[cur.env] = *cur
			}
		}
	}
	for _, line := range strings.Split(string(out), "\n") {
		if m := flagLine.FindStringSubmatch(line); m != nil {
			done()
			cur = &flagInfo{name: m[1], typ: m[2]}
			continue
		}
		if cur == nil || !strings.HasPrefix(line, "    \t") {
			continue
		}
		if m := envTwin.FindStringSubmatch(line); m != nil {
			cur.env = m[1]
		}
		if m := defaultText.FindStringSubmatch(line); m != nil {
			cur.def = strings.Trim(m[1], `"`)
		}
	}
	done()
	if len(u.flags) == 0 {
		t.Fatalf("entities %s -h lists no flags:\n%s", command, out)
	}
	usageCache[command] = u
	return u
}

// cleanEnv is the test's environment without ENTITIES_* variables (which
// would change the flags' defaults), plus extra.
func cleanEnv(extra map[string]string) []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "ENTITIES_") {
			env = append(env, kv)
		}
	}
	for k, v := range extra {
		env = append(env, k+"="+v)
	}
	return env
}

// ---- the containers that run the binary ----

// container is one place a manifest runs the entities image.
type container struct {
	where   string
	args    []string          // subcommand and flags
	env     map[string]string // literal values
	secret  map[string]bool   // variables whose values come from a Secret
	ports   map[string]int    // named container ports (Kubernetes)
	portSet []int             // container ports (Kubernetes)
	probes  []probe
	health  []string       // compose healthcheck test, e.g. CMD /usr/local/bin/entities healthcheck
	labels  map[string]any // pod labels (Kubernetes)
	grace   time.Duration  // time between SIGTERM and SIGKILL; 0 if unset
	memory  string         // memory limit as written, "" if none
	service string         // compose service name
}

type probe struct {
	kind, path string
	port       any
}

// settingOf returns a flag's effective value in c: its command-line form,
// its environment twin, or its default.
func (c container) settingOf(u usage, flagName string) string {
	for i, a := range c.args {
		name, v, hasV := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if strings.HasPrefix(a, "-") && name == flagName {
			if hasV {
				return v
			}
			if i+1 < len(c.args) {
				return c.args[i+1]
			}
		}
	}
	f := u.flags[flagName]
	if v, ok := c.env[f.env]; ok && f.env != "" {
		return v
	}
	return f.def
}

// entitiesContainers finds every container of the compose file and the
// Kubernetes manifests that runs the entities image.
func entitiesContainers(t *testing.T) []container {
	t.Helper()
	df := parseDockerfile(t)
	imageEnv := stageEnv(df.final())
	defaultArgs := jsonArray(t, df.finalArgs("CMD"))
	base := func(where string) container {
		c := container{where: where, env: map[string]string{}, secret: map[string]bool{}, ports: map[string]int{}}
		for k, v := range imageEnv {
			c.env[k] = v
		}
		return c
	}
	var out []container

	for _, d := range docsOf(t, "compose.yaml") {
		for name, s := range mapOf(d.v["services"]) {
			dockerfile := str(get(s, "build", "dockerfile"))
			image := str(get(s, "image"))
			if filepath.Base(dockerfile) != "Dockerfile" && !strings.HasPrefix(image, "entities") {
				continue
			}
			c := base("compose.yaml services." + name)
			c.service = name
			c.args = words(get(s, "command"))
			if len(c.args) == 0 {
				c.args = defaultArgs
			}
			c.health = words(get(s, "healthcheck", "test"))
			switch env := get(s, "environment").(type) {
			case map[string]any:
				for k, v := range env {
					c.env[k] = str(v)
				}
			case []any:
				for _, kv := range env {
					k, v, _ := strings.Cut(str(kv), "=")
					c.env[k] = v
				}
			}
			c.memory = str(get(s, "deploy", "resources", "limits", "memory"))
			if g := str(get(s, "stop_grace_period")); g != "" {
				c.grace = duration(t, c.where+" stop_grace_period", g)
			} else {
				c.grace = 10 * time.Second // compose's default
			}
			out = append(out, c)
		}
	}

	objects := map[string]map[string]doc{} // kind -> name -> doc
	for _, d := range k8sDocs(t) {
		if objects[d.kind()] == nil {
			objects[d.kind()] = map[string]doc{}
		}
		objects[d.kind()][d.name()] = d
	}
	for _, d := range k8sDocs(t) {
		pod := get(d.v, "spec", "template", "spec")
		for _, ci := range list(get(pod, "containers")) {
			image := str(get(ci, "image"))
			if image != "entities" && !strings.HasPrefix(image, "entities:") {
				continue
			}
			c := base(fmt.Sprintf("%s %s/%s container %s", d, d.kind(), d.name(), str(get(ci, "name"))))
			if cmd := words(get(ci, "command")); len(cmd) > 0 {
				t.Errorf("%s: sets command %q, which replaces the image's entrypoint; use args", c.where, cmd)
			}
			c.args = words(get(ci, "args"))
			if len(c.args) == 0 {
				c.args = defaultArgs
			}
			c.labels = mapOf(get(d.v, "spec", "template", "metadata", "labels"))
			c.memory = str(get(ci, "resources", "limits", "memory"))
			if req := str(get(ci, "resources", "requests", "memory")); req != "" && c.memory != "" && bytesOf(t, req) > bytesOf(t, c.memory) {
				t.Errorf("%s: memory request %s above its limit %s", c.where, req, c.memory)
			}
			if g := get(pod, "terminationGracePeriodSeconds"); g != nil {
				n, _ := strconv.Atoi(str(g))
				c.grace = time.Duration(n) * time.Second
			} else {
				c.grace = 30 * time.Second // Kubernetes' default
			}
			for _, ef := range list(get(ci, "envFrom")) {
				if name := str(get(ef, "configMapRef", "name")); name != "" {
					cm, ok := objects["ConfigMap"][name]
					if !ok {
						t.Errorf("%s: envFrom ConfigMap %q is not in deploy/k8s", c.where, name)
					}
					for k, v := range mapOf(cm.v["data"]) {
						c.env[k] = str(v)
					}
				}
				if name := str(get(ef, "secretRef", "name")); name != "" {
					sec, ok := objects["Secret"][name]
					if !ok {
						t.Errorf("%s: envFrom Secret %q is not in deploy/k8s", c.where, name)
					}
					for _, field := range []string{"data", "stringData"} {
						for k := range mapOf(sec.v[field]) {
							c.secret[k] = true
						}
					}
				}
			}
			for _, e := range list(get(ci, "env")) {
				name := str(get(e, "name"))
				if ref := get(e, "valueFrom", "secretKeyRef"); ref != nil {
					sec, ok := objects["Secret"][str(get(ref, "name"))]
					key := str(get(ref, "key"))
					if !ok || (get(sec.v, "stringData", key) == nil && get(sec.v, "data", key) == nil) {
						t.Errorf("%s: %s refers to Secret %v key %q, which deploy/k8s does not define", c.where, name, get(ref, "name"), key)
					}
					c.secret[name] = true
					delete(c.env, name)
					continue
				}
				c.env[name] = str(get(e, "value"))
			}
			for _, p := range list(get(ci, "ports")) {
				n, _ := strconv.Atoi(str(get(p, "containerPort")))
				c.portSet = append(c.portSet, n)
				if name := str(get(p, "name")); name != "" {
					c.ports[name] = n
				}
			}
			for _, kind := range []string{"startupProbe", "livenessProbe", "readinessProbe"} {
				if hg := get(ci, kind, "httpGet"); hg != nil {
					c.probes = append(c.probes, probe{kind: kind, path: str(get(hg, "path")), port: get(hg, "port")})
				}
			}
			out = append(out, c)
		}
	}
	if len(out) < 2 {
		t.Fatalf("found %d containers running the entities image, want the compose worker and the Kubernetes Deployment", len(out))
	}
	return out
}

func duration(t *testing.T, what, s string) time.Duration {
	t.Helper()
	d, err := time.ParseDuration(s)
	if err != nil {
		t.Errorf("%s: %v", what, err)
	}
	return d
}

// TestContainers checks each container that runs the binary against the
// binary: subcommand, flags, environment variables and their values,
// metrics port, and the grace period against the shutdown timeout.
func TestContainers(t *testing.T) {
	bin := binary(t)
	cmds := commands(t, bin)
	for _, c := range entitiesContainers(t) {
		t.Run(c.where, func(t *testing.T) {
			if len(c.args) == 0 || !slices.Contains(cmds, c.args[0]) {
				t.Fatalf("runs %q: not a subcommand of entities (%q)", c.args, cmds)
			}
			sub := c.args[0]
			u := help(t, bin, sub)
			for _, a := range c.args[1:] {
				if !strings.HasPrefix(a, "-") {
					continue
				}
				name, _, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
				if _, ok := u.flags[name]; !ok {
					t.Errorf("entities %s has no flag %s", sub, a)
				}
			}
			run := map[string]string{}
			for k, v := range c.env {
				if !strings.HasPrefix(k, "ENTITIES_") {
					continue
				}
				f, ok := u.env[k]
				if !ok {
					t.Errorf("%s is not read by entities %s", k, sub)
					continue
				}
				if err := checkValue(f, v); err != nil {
					t.Errorf("%s=%q: %v", k, v, err)
				}
				run[k] = v
			}
			for k := range c.secret {
				if _, ok := u.env[k]; strings.HasPrefix(k, "ENTITIES_") && !ok {
					t.Errorf("%s (from a Secret) is not read by entities %s", k, sub)
				}
			}
			// The binary's own parsing of the same environment: flags read
			// their twins before -h is handled, so a bad value fails here.
			cmd := exec.Command(bin, sub, "-h")
			cmd.Env = cleanEnv(run)
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Errorf("entities %s -h with the container's environment: %v\n%s", sub, err, out)
			}

			if _, ok := u.flags["http"]; ok {
				addr := c.settingOf(u, "http")
				host, port := splitAddr(t, c.where+" metrics address", addr)
				if isLoopback(host) {
					t.Errorf("metrics address %q listens on loopback: probes and Prometheus cannot reach it (set ENTITIES_HTTP_ADDR=:%d)", addr, port)
				}
				checkPorts(t, c, port)
			}
			// GOMEMLIMIT below the container's memory limit, so the runtime
			// collects before the kernel kills.
			if c.memory == "" {
				t.Errorf("no memory limit")
			} else if gl, ok := c.env["GOMEMLIMIT"]; ok && bytesOf(t, gl) >= bytesOf(t, c.memory) {
				t.Errorf("GOMEMLIMIT=%s is not below the memory limit %s", gl, c.memory)
			}
			if _, ok := u.flags["shutdown-timeout"]; ok {
				st := duration(t, "shutdown timeout", c.settingOf(u, "shutdown-timeout"))
				if c.grace <= st+pipeline.CloseGrace {
					t.Errorf("grace period %v is not longer than the worker's shutdown timeout %v and the %v it may take to leave the group: in-flight work would be killed, or the group kept waiting", c.grace, st, pipeline.CloseGrace)
				}
			}
		})
	}
}

// bytesOf parses a memory size as Kubernetes (512Mi, 1G), compose (1g, 768m)
// or GOMEMLIMIT (850MiB) write it.
func bytesOf(t *testing.T, q string) int64 {
	t.Helper()
	units := []struct {
		suffix string
		mult   int64
	}{{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"Ki", 1 << 10}, {"Mi", 1 << 20}, {"Gi", 1 << 30},
		{"kb", 1 << 10}, {"mb", 1 << 20}, {"gb", 1 << 30}, {"k", 1000}, {"K", 1000}, {"M", 1000_000}, {"G", 1000_000_000},
		{"m", 1 << 20}, {"g", 1 << 30}, {"B", 1}, {"", 1}}
	for _, u := range units {
		if n, ok := strings.CutSuffix(q, u.suffix); ok {
			if v, err := strconv.ParseInt(n, 10, 64); err == nil {
				return v * u.mult
			}
		}
	}
	t.Errorf("cannot read memory size %q", q)
	return 0
}

// checkValue checks a literal value against the flag's type.
func checkValue(f flagInfo, v string) error {
	var err error
	switch f.typ {
	case "":
		_, err = strconv.ParseBool(v)
	case "int":
		_, err = strconv.Atoi(v)
	case "duration":
		_, err = time.ParseDuration(v)
	}
	return err
}

func splitAddr(t *testing.T, what, addr string) (string, int) {
	t.Helper()
	host, p, err := net.SplitHostPort(addr)
	if err != nil {
		t.Fatalf("%s %q: %v", what, addr, err)
	}
	port, err := strconv.Atoi(p)
	if err != nil {
		t.Fatalf("%s %q: %v", what, addr, err)
	}
	return host, port
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// checkPorts checks that everything that reaches the metrics port of c
// uses the port the binary listens on.
func checkPorts(t *testing.T, c container, port int) {
	t.Helper()
	resolve := func(p any) int {
		if n, err := strconv.Atoi(str(p)); err == nil {
			return n
		}
		n, ok := c.ports[str(p)]
		if !ok {
			t.Errorf("port %q is not a named port of the container", str(p))
		}
		return n
	}
	if c.service != "" { // compose: Prometheus finds the replicas by DNS
		found := false
		for _, d := range docsOf(t, "prometheus.yml") {
			for _, sc := range list(d.v["scrape_configs"]) {
				for _, sd := range list(get(sc, "dns_sd_configs")) {
					for _, n := range list(get(sd, "names")) {
						if str(n) != c.service {
							continue
						}
						found = true
						if p := resolve(get(sd, "port")); p != port {
							t.Errorf("prometheus.yml scrapes %s on port %d, the worker listens on %d", c.service, p, port)
						}
					}
				}
			}
		}
		if !found {
			t.Errorf("prometheus.yml does not scrape compose service %s", c.service)
		}
		return
	}
	if !slices.Contains(c.portSet, port) {
		t.Errorf("container ports %v lack the metrics port %d", c.portSet, port)
	}
	for _, p := range c.probes {
		if got := resolve(p.port); got != port {
			t.Errorf("%s on port %d, the worker listens on %d", p.kind, got, port)
		}
	}
	services := 0
	for _, d := range k8sDocs(t) {
		if d.kind() != "Service" || !selects(mapOf(get(d.v, "spec", "selector")), c.labels) {
			continue
		}
		services++
		for _, sp := range list(get(d.v, "spec", "ports")) {
			tp := get(sp, "targetPort")
			if tp == nil {
				tp = get(sp, "port")
			}
			if got := resolve(tp); got != port {
				t.Errorf("%s: Service port %v reaches container port %d, the worker listens on %d", d, str(get(sp, "name")), got, port)
			}
		}
	}
	if services == 0 {
		t.Errorf("no Service selects the pods (labels %v)", c.labels)
	}
}

func selects(selector, labels map[string]any) bool {
	if len(selector) == 0 {
		return false
	}
	for k, v := range selector {
		if str(labels[k]) != str(v) {
			return false
		}
	}
	return true
}

// TestEnvNames checks every ENTITIES_* name anywhere in the deployment
// files (ConfigMaps, scripts, KEDA's *FromEnv) against the worker's.
func TestEnvNames(t *testing.T) {
	bin := binary(t)
	u := help(t, bin, "worker")
	re := regexp.MustCompile(`ENTITIES_[A-Z0-9_]+`)
	check := func(file string, b []byte) {
		for _, m := range re.FindAll(b, -1) {
			if _, ok := u.env[string(m)]; !ok {
				t.Errorf("%s uses %s, which entities worker does not read", file, m)
			}
		}
	}
	files := []string{"Dockerfile"}
	for _, d := range docs(t) {
		if !slices.Contains(files, d.file) {
			files = append(files, d.file)
		}
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		check(f, b)
	}
}

// ---- topics ----

// topicLine is one `create NAME PARTITIONS CONFIG...` line of a topics script.
type topicLine struct {
	partitions int
	configs    map[string]string
}

var createLine = regexp.MustCompile(`(?m)^\s*create\s+(\S+)\s+(\S+)(.*)$`)

// topicScripts returns the topics each `create` script in the files
// under prefix creates, by file.
func topicScripts(t *testing.T, prefix string) map[string]map[string]topicLine {
	out := map[string]map[string]topicLine{}
	for _, d := range docs(t) {
		if !strings.HasPrefix(d.file, prefix) {
			continue
		}
		allStrings(d.v, func(s string) {
			for _, m := range createLine.FindAllStringSubmatch(s, -1) {
				if strings.Contains(m[1], "(") || strings.HasPrefix(m[1], "$") {
					continue // the function's definition, not a call
				}
				tl := topicLine{configs: map[string]string{}}
				var err error
				if tl.partitions, err = strconv.Atoi(expand(m[2])); err != nil || tl.partitions < 1 {
					t.Errorf("%s: topic %s has partitions %q", d, m[1], m[2])
				}
				for _, kv := range strings.Fields(m[3]) {
					k, v, _ := strings.Cut(expand(kv), "=")
					tl.configs[k] = v
				}
				if out[d.file] == nil {
					out[d.file] = map[string]topicLine{}
				}
				if _, dup := out[d.file][m[1]]; dup {
					t.Errorf("%s creates topic %s twice", d, m[1])
				}
				out[d.file][m[1]] = tl
			}
		})
	}
	return out
}

// expand replaces ${VAR:-default} by its default and $$ by $, as compose
// and the shell do when VAR is unset.
func expand(s string) string {
	s = regexp.MustCompile(`\$\{[A-Za-z_][A-Za-z0-9_]*:?-([^}]*)\}`).ReplaceAllString(s, "$1")
	return strings.ReplaceAll(s, "$$", "$")
}

// configured returns the value of an environment variable that every
// worker container sets to the same value, or def.
func configured(t *testing.T, name, def string) string {
	var vals []string
	for _, d := range docs(t) {
		switch {
		case d.file == "compose.yaml":
			for _, s := range mapOf(d.v["services"]) {
				if v, ok := mapOf(get(s, "environment"))[name]; ok {
					vals = append(vals, str(v))
				}
			}
		case d.kind() == "ConfigMap":
			if v, ok := mapOf(d.v["data"])[name]; ok {
				vals = append(vals, str(v))
			}
		}
	}
	for _, v := range vals {
		if v != vals[0] {
			t.Fatalf("%s is set to different values %q; the checks below assume one", name, vals)
		}
	}
	if len(vals) == 0 {
		return def
	}
	return vals[0]
}

func TestTopics(t *testing.T) {
	// The names the worker uses: its configured input and prefix, else the
	// binary's defaults (which need the binary; -short skips that part).
	defInput, defPrefix, defGroup := "", "", ""
	if !testing.Short() {
		u := help(t, binary(t), "worker")
		defInput, defPrefix, defGroup = u.flags["input"].def, u.flags["prefix"].def, u.flags["group"].def
	}
	input := configured(t, "ENTITIES_INPUT_TOPIC", defInput)
	prefix := configured(t, "ENTITIES_PREFIX", defPrefix)
	group := configured(t, "ENTITIES_GROUP", defGroup)
	if input == "" || prefix == "" {
		t.Skip("input topic or prefix not configured in the files; their defaults need the binary")
	}
	topics := pipeline.NewTopics(input, prefix)
	want := append([]string{topics.Input}, topics.Outputs()...)
	slices.Sort(want)

	scripts := topicScripts(t, "")
	for _, f := range []string{"compose.yaml", "k8s/topics-job.yaml"} {
		if scripts[f] == nil {
			t.Errorf("%s creates no topics", f)
		}
	}
	for file, created := range scripts {
		var got []string
		for n := range created {
			got = append(got, n)
		}
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("%s creates topics %q, the worker uses %q", file, got, want)
		}
		for _, spec := range topics.Specs() {
			for k, v := range spec.Configs {
				if got := created[spec.Name].configs[k]; got != v {
					t.Errorf("%s creates %s with %s=%q, the pipeline wants %q", file, spec.Name, k, got, v)
				}
			}
		}
	}

	// Every other mention of a topic (producers, consumers) names one of them.
	topicFlag := regexp.MustCompile(`--topic[ =]+"?([A-Za-z0-9._$-]+)`)
	for _, d := range docs(t) {
		allStrings(d.v, func(s string) {
			for _, m := range topicFlag.FindAllStringSubmatch(s, -1) {
				if !strings.Contains(m[1], "$") && !slices.Contains(want, m[1]) {
					t.Errorf("%s: --topic %s is not a topic of the worker (%q)", d, m[1], want)
				}
			}
		})
	}

	// KEDA scales on the worker's group and input topic, never beyond the
	// input topic's partitions.
	k8sTopics := scripts["k8s/topics-job.yaml"]
	deployments := map[string]bool{}
	for _, d := range k8sDocs(t) {
		if d.kind() == "Deployment" {
			deployments[d.name()] = true
		}
	}
	scaled := 0
	for _, d := range k8sDocs(t) {
		if d.kind() != "ScaledObject" {
			continue
		}
		scaled++
		if target := str(get(d.v, "spec", "scaleTargetRef", "name")); !deployments[target] {
			t.Errorf("%s scales %q, which is not a Deployment in deploy/k8s", d, target)
		}
		maxR, _ := strconv.Atoi(str(get(d.v, "spec", "maxReplicaCount")))
		minR, _ := strconv.Atoi(str(get(d.v, "spec", "minReplicaCount")))
		if p := k8sTopics[input].partitions; maxR < 1 || maxR > p {
			t.Errorf("%s: maxReplicaCount %d, want 1..%d (partitions of %s): more workers than partitions idle", d, maxR, p, input)
		}
		if minR > maxR {
			t.Errorf("%s: minReplicaCount %d > maxReplicaCount %d", d, minR, maxR)
		}
		for _, tr := range list(get(d.v, "spec", "triggers")) {
			if str(get(tr, "type")) != "kafka" {
				continue
			}
			md := get(tr, "metadata")
			if got := str(get(md, "topic")); got != input {
				t.Errorf("%s: trigger topic %q, the worker reads %q", d, got, input)
			}
			if got := str(get(md, "consumerGroup")); group != "" && got != group {
				t.Errorf("%s: trigger consumerGroup %q, the worker's group is %q", d, got, group)
			}
			if env := str(get(md, "bootstrapServersFromEnv")); env != "" && !testing.Short() {
				// KEDA reads it from the scale target's containers.
				found := false
				for _, c := range entitiesContainers(t) {
					if strings.Contains(c.where, "Deployment/"+str(get(d.v, "spec", "scaleTargetRef", "name"))+" ") {
						_, found = c.env[env]
					}
				}
				if !found {
					t.Errorf("%s: bootstrapServersFromEnv %s is not set in the scaled Deployment's container", d, env)
				}
			}
			if str(get(md, "allowIdleConsumers")) == "true" {
				t.Errorf("%s: allowIdleConsumers lets KEDA scale beyond the partition count", d)
			}
		}
	}
	if scaled == 0 {
		t.Errorf("deploy/k8s has no KEDA ScaledObject")
	}

	// The compose demo loader's input file exists.
	for _, d := range docsOf(t, "compose.yaml") {
		for name, s := range mapOf(d.v["services"]) {
			for _, v := range list(get(s, "volumes")) {
				src, _, _ := strings.Cut(str(v), ":")
				if strings.HasPrefix(src, ".") {
					if _, err := os.Stat(src); err != nil {
						t.Errorf("compose service %s mounts %s: %v", name, src, err)
					}
				}
			}
		}
	}
}

// ---- metrics and alerts ----

// descRecorder is a prometheus.Registerer that records the names of the
// metrics registered on it, including vectors without children yet.
type descRecorder struct{ names map[string]bool }

var fqName = regexp.MustCompile(`fqName: "([^"]+)"`)

func (r *descRecorder) Register(c prometheus.Collector) error {
	ch := make(chan *prometheus.Desc)
	go func() { c.Describe(ch); close(ch) }()
	for d := range ch {
		if m := fqName.FindStringSubmatch(d.String()); m != nil {
			r.names[m[1]] = true
		}
	}
	return nil
}

func (r *descRecorder) MustRegister(cs ...prometheus.Collector) {
	for _, c := range cs {
		r.Register(c)
	}
}

func (r *descRecorder) Unregister(prometheus.Collector) bool { return false }

var metricName = regexp.MustCompile(`\b(?:entities|process|go)_[a-z0-9_]+\b`)

// alertMetrics returns the metric names the alert rules use, by alert.
func alertMetrics(t *testing.T) map[string][]string {
	out := map[string][]string{}
	for _, d := range docsOf(t, "alerts.yml") {
		for _, g := range list(d.v["groups"]) {
			for _, r := range list(get(g, "rules")) {
				name, expr := str(get(r, "alert")), str(get(r, "expr"))
				if name == "" || expr == "" {
					t.Errorf("alerts.yml: rule %v needs alert and expr", r)
				}
				if f := str(get(r, "for")); f != "" {
					duration(t, "alerts.yml "+name+" for", f)
				}
				out[name] = metricName.FindAllString(expr, -1)
				for _, m := range regexp.MustCompile(`\bjob="([^"]*)"`).FindAllStringSubmatch(expr, -1) {
					if !slices.Contains(scrapeJobs(t), m[1]) {
						t.Errorf("alerts.yml %s selects job=%q, prometheus.yml has jobs %q", name, m[1], scrapeJobs(t))
					}
				}
			}
		}
	}
	if len(out) == 0 {
		t.Fatal("alerts.yml has no alert rules")
	}
	return out
}

func scrapeJobs(t *testing.T) []string {
	var jobs []string
	for _, d := range docsOf(t, "prometheus.yml") {
		for _, sc := range list(d.v["scrape_configs"]) {
			jobs = append(jobs, str(get(sc, "job_name")))
		}
	}
	return jobs
}

// known reports whether name, or name without a histogram suffix, is in names.
func known(names map[string]bool, name string) bool {
	if names[name] {
		return true
	}
	for _, suf := range []string{"_bucket", "_sum", "_count"} {
		if b, ok := strings.CutSuffix(name, suf); ok && names[b] {
			return true
		}
	}
	return false
}

func TestAlertMetrics(t *testing.T) {
	rec := &descRecorder{names: map[string]bool{}}
	pipeline.NewMetrics(rec)
	if len(rec.names) == 0 {
		t.Fatal("pipeline.NewMetrics registered nothing")
	}
	for alert, names := range alertMetrics(t) {
		for _, n := range names {
			if strings.HasPrefix(n, "entities_") && !known(rec.names, n) {
				t.Errorf("alert %s uses %s, which package pipeline does not declare", alert, n)
			}
		}
	}
}

// ---- a live worker ----

// TestLiveWorker runs `entities broker` with exactly the topics the compose
// file creates and `entities worker` with the compose worker's environment,
// then checks that the worker becomes ready (so those topics are all it
// needs), that every probe and metrics path in the manifests answers 200,
// and that every metric the alerts use is served.
func TestLiveWorker(t *testing.T) {
	bin := binary(t)
	var compose container
	for _, c := range entitiesContainers(t) {
		if c.service != "" && len(c.args) > 0 && c.args[0] == "worker" {
			compose = c
		}
	}
	if compose.service == "" {
		t.Fatal("compose.yaml runs no worker")
	}
	var topics []string
	for n := range topicScripts(t, "compose.yaml")["compose.yaml"] {
		topics = append(topics, n)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()

	brokerLog := filepath.Join(tmpDir, "broker.log")
	start(t, ctx, bin, brokerLog, cleanEnv(nil), "broker", "--addr", "127.0.0.1:0", "--auto-create-topics=false", "--topics", strings.Join(topics, ","))
	brokerAddr := waitFor(t, ctx, brokerLog, regexp.MustCompile(`listening on (\S+)`))

	env := map[string]string{}
	for k, v := range compose.env {
		env[k] = v
	}
	env["ENTITIES_BROKERS"] = brokerAddr
	env["ENTITIES_HTTP_ADDR"] = "127.0.0.1:0"
	workerLog := filepath.Join(tmpDir, "worker.log")
	start(t, ctx, bin, workerLog, cleanEnv(env), compose.args...)
	base := "http://" + waitFor(t, ctx, workerLog, regexp.MustCompile(`http://(127\.0\.0\.1:\d+)/metrics`))

	// Ready: models loaded and the group joined.
	for {
		if code, _ := httpGet(ctx, base+"/readyz"); code == http.StatusOK {
			break
		}
		if ctx.Err() != nil {
			log, _ := os.ReadFile(workerLog)
			t.Fatalf("worker not ready in time; its log:\n%s", log)
		}
		time.Sleep(500 * time.Millisecond)
	}

	paths := map[string]string{}
	for _, c := range entitiesContainers(t) {
		for _, p := range c.probes {
			paths[p.path] = c.where + " " + p.kind
		}
	}
	for _, d := range docs(t) {
		if d.file == "prometheus.yml" {
			for _, sc := range list(d.v["scrape_configs"]) {
				p := str(get(sc, "metrics_path"))
				if p == "" {
					p = "/metrics"
				}
				paths[p] = "prometheus.yml"
			}
		}
		if d.kind() == "ServiceMonitor" {
			for _, ep := range list(get(d.v, "spec", "endpoints")) {
				paths[str(get(ep, "path"))] = d.String()
			}
		}
	}
	if len(paths) < 3 {
		t.Errorf("want liveness, readiness and metrics paths in the manifests, found %v", paths)
	}
	for p, where := range paths {
		if code, err := httpGet(ctx, base+p); code != http.StatusOK {
			t.Errorf("%s: GET %s: status %d, err %v", where, p, code, err)
		}
	}

	// The compose health check, run as Docker runs it: the image's binary
	// (its entrypoint's path) with the container's environment.
	entry := jsonArray(t, parseDockerfile(t).finalArgs("ENTRYPOINT"))
	switch hc := compose.health; {
	case len(hc) < 3 || hc[0] != "CMD":
		t.Errorf("%s: healthcheck test %q, want [CMD, %s, healthcheck, ...] (the image has no shell)", compose.where, hc, entry)
	case len(entry) == 0 || hc[1] != entry[0]:
		t.Errorf("%s: healthcheck runs %s, but the image's binary is %v", compose.where, hc[1], entry)
	default:
		env["ENTITIES_HTTP_ADDR"] = strings.TrimPrefix(base, "http://")
		cmd := exec.CommandContext(ctx, bin, hc[2:]...)
		cmd.Env = cleanEnv(env)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("%s: healthcheck %q on the ready worker: %v\n%s", compose.where, hc[2:], err, out)
		}
	}

	_, body := httpGet(ctx, base+"/metrics")
	served := map[string]bool{}
	for _, line := range strings.Split(body, "\n") {
		if strings.HasPrefix(line, "# TYPE ") {
			served[strings.Fields(line)[2]] = true
		}
	}
	rec := &descRecorder{names: map[string]bool{}}
	pipeline.NewMetrics(rec)
	for n := range rec.names {
		served[n] = true // vectors appear once they have a child
	}
	for alert, names := range alertMetrics(t) {
		for _, n := range names {
			if !known(served, n) {
				t.Errorf("alert %s uses %s, which the worker does not serve", alert, n)
			}
		}
	}
}

// start runs the binary until the test ends, logging to logFile.
func start(t *testing.T, ctx context.Context, bin, logFile string, env []string, args ...string) {
	t.Helper()
	f, err := os.Create(logFile)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = env
	cmd.Stdout, cmd.Stderr = f, f
	cmd.WaitDelay = 10 * time.Second
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Signal(os.Interrupt)
		cmd.Wait()
		f.Close()
	})
}

// waitFor polls a log file until re matches and returns its first group.
func waitFor(t *testing.T, ctx context.Context, logFile string, re *regexp.Regexp) string {
	t.Helper()
	for {
		b, _ := os.ReadFile(logFile)
		if m := re.FindSubmatch(b); m != nil {
			return string(m[1])
		}
		if ctx.Err() != nil {
			t.Fatalf("%s never matched %s:\n%s", filepath.Base(logFile), re, b)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func httpGet(ctx context.Context, url string) (int, string) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return 0, err.Error()
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err.Error()
	}
	defer res.Body.Close()
	var b bytes.Buffer
	b.ReadFrom(res.Body)
	return res.StatusCode, b.String()
}

// TestAlertRules runs alerts_test.yml, promtool's unit tests of the alert
// rules (a broker outage fires EntitiesKafkaUnreachable; a rolling restart
// does not fire EntitiesRebalanceStorm, a crash loop does), when promtool is
// installed (Debian's prometheus package: .ci/run takes it from there, and
// with CI=true a missing promtool fails the test).
func TestAlertRules(t *testing.T) {
	promtool, err := exec.LookPath("promtool")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("promtool is not installed (.ci/run installs it)")
		}
		t.Skip("promtool is not installed")
	}
	out, err := exec.Command(promtool, "test", "rules", "alerts_test.yml").CombinedOutput()
	if err != nil {
		t.Fatalf("promtool test rules: %v\n%s", err, out)
	}
}

// TestKEDAAuthMatchesTheWorker: KEDA's TriggerAuthentication reads the
// SASL mechanism and TLS from the entities-kafka-auth Secret, spelt its own
// way, while the worker reads them from the ConfigMap: the two must agree,
// or autoscaling stops without a word when only one is edited (an audit).
func TestKEDAAuthMatchesTheWorker(t *testing.T) {
	var cm, secret map[string]any
	for _, d := range k8sDocs(t) {
		switch {
		case d.kind() == "ConfigMap":
			cm = mapOf(d.v["data"])
		case d.kind() == "Secret" && d.name() == "entities-kafka-auth":
			secret = mapOf(d.v["stringData"])
		}
	}
	if cm == nil || secret == nil {
		t.Fatal("no ConfigMap or no entities-kafka-auth Secret in deploy/k8s")
	}
	keda := map[string]string{"": "none", "PLAIN": "plaintext", "SCRAM-SHA-256": "scram_sha256", "SCRAM-SHA-512": "scram_sha512"}
	if want, got := keda[str(cm["ENTITIES_SASL_MECHANISM"])], str(secret["sasl"]); want != got {
		t.Errorf("the worker's SASL mechanism is %q, KEDA's (secret key sasl) %q: want %q", str(cm["ENTITIES_SASL_MECHANISM"]), got, want)
	}
	tls := "disable"
	if str(cm["ENTITIES_TLS"]) == "true" {
		tls = "enable"
	}
	if got := str(secret["tls"]); got != tls {
		t.Errorf("the worker's ENTITIES_TLS is %q, KEDA's (secret key tls) %q: want %q", str(cm["ENTITIES_TLS"]), got, tls)
	}
}
