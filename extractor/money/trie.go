package money

// byteTrie maps byte strings to values, for walking a word once to find
// every key that is a prefix of it (number atoms, country cues).
type byteTrie[V comparable] struct {
	nodes []trieNode[V]
}

type trieNode[V comparable] struct {
	edges []trieEdge
	val   V // the zero value: no key ends here
}

type trieEdge struct {
	b  byte
	to int32
}

func (tr *byteTrie[V]) add(key string, v V) {
	if len(tr.nodes) == 0 {
		tr.nodes = append(tr.nodes, trieNode[V]{})
	}
	n := int32(0)
	for i := 0; i < len(key); i++ {
		next := tr.child(n, key[i])
		if next < 0 {
			next = int32(len(tr.nodes))
			tr.nodes = append(tr.nodes, trieNode[V]{})
			tr.nodes[n].edges = append(tr.nodes[n].edges, trieEdge{key[i], next})
		}
		n = next
	}
	tr.nodes[n].val = v
}

func (tr *byteTrie[V]) child(n int32, b byte) int32 {
	for _, e := range tr.nodes[n].edges {
		if e.b == b {
			return e.to
		}
	}
	return -1
}

// prefixes calls f with the value and length of every key that is a prefix
// of s, shortest first, until f returns false.
func (tr *byteTrie[V]) prefixes(s string, f func(v V, n int) bool) {
	if len(tr.nodes) == 0 {
		return
	}
	var zero V
	n := int32(0)
	for i := 0; i < len(s); i++ {
		if n = tr.child(n, s[i]); n < 0 {
			return
		}
		if v := tr.nodes[n].val; v != zero && !f(v, i+1) {
			return
		}
	}
}
