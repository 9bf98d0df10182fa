package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Feature templates. A feature is mix(template, value) reduced to the model's
// table size; the numbers are part of the model format, so only append.
const (
	tBias = iota + 1
	tWord
	tLower
	tShape
	tShort
	tPrefix
	tSuffix
	tLowerM1
	tLowerP1
	tLowerM2
	tLowerP2
	tShortM1
	tShortP1
	tShortM2
	tShortP2
	tBigramM
	tBigramP
	tShort3
	tFirst
	tCapsSentence
	tCluster
	tClusterM1
	tClusterP1
	tGaz
	tSeenLower
	tGazM1
	tGazP1
	tShapeM1
	tShapeP1
	tLen
	tDomBias
	tDomLower
	tDomShort
	tDomLowerM1
	tDomLowerP1
	tDomShape
	tRunFirst
	tRunLast
	tRunLen
	tRunLastSuffix
	tTokGaz
	tTokGazM1
	tTokGazP1
	tSkel
	tSkelM1
	tSkelP1
	tExtGaz
	tExtTok
	tLenBucket
	tDict
	tName
	tNameM1
	tNameP1
	tClusterPath
	tClusterPathM1
	tClusterPathP1
)

// Hashes standing in for the tokens before and after a sentence.
var (
	hashBOS = hashString(fnvOffset, "\x00<s>")
	hashEOS = hashString(fnvOffset, "\x00</s>")
)

// word flags in the lexicon
const (
	seenLower = 1 << iota // the lowercase form occurs lowercase in the training text
	dictWord              // the lowercase form is a word of the language's dictionary (TrainOptions.Dictionary)
)

// tokGaz bits: bit t for the model language's training names of type t,
// 4+t for other languages' (types in entityTypes order).
const (
	personGaz = 1<<0 | 1<<4 // in a training PERSON, in any language
	orgGaz    = 1<<1 | 1<<5 // in a training ORGANIZATION, in any language
)

// sentFeatures holds the per-token scratch and the extracted features of one
// sentence. It is reused through a pool, so extraction allocates nothing
// once the buffers have grown.
type sentFeatures struct {
	lower               []byte // lowercased tokens, back to back
	lowerOff            []int32
	hw, hl, hs, hss     []uint64
	cl                  []uint32 // cluster code (the model's own, or the shared clusters')
	gaz                 []uint16 // bit 4*type+pos for each gazetteer match covering the token
	extGaz              []uint16 // the same, from other languages' data
	tokGaz              []uint8  // bit per type of which the token is mostly part in training (4-7: other languages)
	skel                []uint64 // hash of the lowercase ASCII letters and digits (0: none)
	first, caps, seenLC []bool
	upper               []bool
	dict                []uint8  // dictionary class of a capitalized token (see dictClass), 0 for others
	names               []uint8  // name flags of the token (lexicon.names), bit 4: capitalized
	runStart, runEnd    []int32  // capitalized run (with short connectors) around each token, or -1
	feats               []uint32 // feature indices of all tokens, back to back
	off                 []int32  // feats[off[i]:off[i+1]] are token i's
	lexEnd              []int32  // feats[off[i]:lexEnd[i]] are the word-identity features
}

func (b *sentFeatures) reset(n int) {
	b.lower = b.lower[:0]
	b.lowerOff = grow32(b.lowerOff, n+1)
	b.hw = grow64(b.hw, n)
	b.hl = grow64(b.hl, n)
	b.hs = grow64(b.hs, n)
	b.hss = grow64(b.hss, n)
	b.cl = grow32z(b.cl, n)
	b.gaz = grow16(b.gaz, n)
	b.tokGaz = grow8(b.tokGaz, n)
	b.extGaz = grow16(b.extGaz, n)
	b.skel = grow64(b.skel, n)
	b.first = growBool(b.first, n)
	b.caps = growBool(b.caps, n)
	b.seenLC = growBool(b.seenLC, n)
	b.upper = growBool(b.upper, n)
	b.dict = grow8(b.dict, n)
	b.names = grow8(b.names, n)
	b.runStart = grow32(b.runStart, n)
	b.runEnd = grow32(b.runEnd, n)
	b.feats = b.feats[:0]
	b.off = grow32(b.off, n+1)
	b.lexEnd = grow32(b.lexEnd, n)
}

func grow64(s []uint64, n int) []uint64 {
	if cap(s) < n {
		return make([]uint64, n)
	}
	return s[:n]
}

func grow32(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n)
	}
	return s[:n]
}

func grow32z(s []uint32, n int) []uint32 {
	if cap(s) < n {
		return make([]uint32, n)
	}
	s = s[:n]
	clear(s)
	return s
}

func grow16(s []uint16, n int) []uint16 {
	if cap(s) < n {
		return make([]uint16, n)
	}
	s = s[:n]
	clear(s)
	return s
}

func grow8(s []uint8, n int) []uint8 {
	if cap(s) < n {
		return make([]uint8, n)
	}
	s = s[:n]
	clear(s)
	return s
}

func growBool(s []bool, n int) []bool {
	if cap(s) < n {
		return make([]bool, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// runeClass is the word-shape class of a rune.
func runeClass(r rune) byte {
	switch {
	case r >= 'a' && r <= 'z':
		return 'x'
	case r >= 'A' && r <= 'Z':
		return 'X'
	case r >= '0' && r <= '9':
		return 'd'
	case r < utf8.RuneSelf:
		return byte(r)
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLower(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	case unicode.IsLetter(r):
		return 'l'
	case unicode.IsPunct(r):
		return '.'
	}
	return '*'
}

// extract computes the features of tokens into b.feats, given the lexicon
// and the gazetteer to match (the model's own, or a training fold's).
func extract(b *sentFeatures, toks []string, lex *lexicon, gaz *table, bits uint) {
	toks = withoutFormat(toks)
	n := len(toks)
	b.reset(n)
	allCaps := true
	letters := 0
	for i, t := range toks {
		b.lowerOff[i] = int32(len(b.lower))
		hw := hashString(fnvOffset, t)
		var hs, hss uint64 = fnvOffset, fnvOffset
		var prev byte
		run := 0
		upperFirst := false
		for j, r := range t {
			c := runeClass(r)
			if j == 0 && c == 'X' {
				upperFirst = true
			}
			if c == 'x' {
				allCaps = false
			}
			if c == 'x' || c == 'X' {
				letters++
			}
			if c == prev {
				run++
			} else {
				run = 1
				hss = hashByte(hss, c)
			}
			if run <= 4 {
				hs = hashByte(hs, c)
			}
			prev = c
			b.lower = utf8.AppendRune(b.lower, unicode.ToLower(r))
		}
		b.upper[i] = upperFirst
		lw := b.lower[b.lowerOff[i]:]
		hl := hashBytes(fnvOffset, lw)
		// The ASCII skeleton matches words whose accented letters were lost
		// or mangled on the way (Gr?ne, Grne, Grüne).
		var sk uint64 = fnvOffset
		na := 0
		for _, c := range lw {
			if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
				sk = hashByte(sk, c)
				na++
			}
		}
		if na >= 2 {
			b.skel[i] = sk
		} else {
			b.skel[i] = 0
		}
		b.hw[i], b.hl[i], b.hs[i], b.hss[i] = hw, hl, hs, hss
	}
	b.lowerOff[n] = int32(len(b.lower))
	if lex != nil {
		// the look-ups in a loop of their own, where their cache misses
		// overlap
		for i := 0; i < n; i++ {
			hl, upperFirst := b.hl[i], b.upper[i]
			wi, ok := lex.word(hl)
			if ok {
				b.cl[i] = uint32(wi.cluster)
				b.seenLC[i] = upperFirst && wi.flags&seenLower != 0
			}
			if lex.dict && upperFirst {
				b.dict[i] = dictClass(lex, b.lower[b.lowerOff[i]:b.lowerOff[i+1]], ok && wi.flags&dictWord != 0)
			}
			if lex.names != nil {
				f, c := lex.names.lookup(hl)
				if lex.sharedClusters {
					b.cl[i] = c
				}
				if f != 0 {
					b.names[i] = f | uint8(b2u(upperFirst))<<4
				}
			}
		}
	}
	capsSentence := allCaps && letters >= 4 && n >= 3
	// Prose ends in sentence punctuation; titles, list items and headlines
	// do not. Features conjoined with this let one model learn both styles.
	dom := uint64(1)
	if endsProse(toks) {
		dom = 2
	}
	if gaz != nil && gaz.len() > 0 {
		matchGazetteer(b, toks, gaz, lex.gazMaxLen)
	}

	findRuns(b, toks)
	add := func(tmpl uint64, v uint64) {
		b.feats = append(b.feats, uint32(mix(tmpl, v)>>(64-bits)))
	}
	lowerAt := func(i int) uint64 {
		if i < 0 {
			return hashBOS
		}
		if i >= n {
			return hashEOS
		}
		return b.hl[i]
	}
	shortAt := func(i int) uint64 {
		if i < 0 {
			return hashBOS
		}
		if i >= n {
			return hashEOS
		}
		return b.hss[i]
	}
	clusterAt := func(i int) uint64 {
		if i < 0 || i >= n {
			return 0xffff
		}
		return uint64(b.cl[i])
	}
	gazAt := func(i int) uint16 {
		if i < 0 || i >= n {
			return 0
		}
		return b.gaz[i]
	}
	for i := 0; i < n; i++ {
		b.off[i] = int32(len(b.feats))
		lm1, lp1 := lowerAt(i-1), lowerAt(i+1)
		// identity of the word itself first: training drops these at times
		// (see lexEnd) so the model also learns to spot unseen names
		add(tWord, b.hw[i])
		add(tLower, b.hl[i])
		add(tBigramM, mix(lm1, b.hl[i]))
		add(tBigramP, mix(b.hl[i], lp1))
		add(tDomLower, mix(dom, b.hl[i]))
		if b.skel[i] != 0 {
			add(tSkel, b.skel[i])
		}
		b.lexEnd[i] = int32(len(b.feats))
		add(tBias, 0)
		add(tShape, b.hs[i])
		add(tShort, b.hss[i])
		lw := b.lower[b.lowerOff[i]:b.lowerOff[i+1]]
		// prefixes and suffixes of 1-4 runes (of 1-5 for the suffix)
		h := uint64(fnvOffset)
		k := 0
		for j := 0; j < len(lw) && k < 4; {
			_, sz := utf8.DecodeRune(lw[j:])
			h = hashBytes(h, lw[j:j+sz])
			j += sz
			k++
			if j < len(lw) {
				add(tPrefix, mix(uint64(k), h))
			}
		}
		k = 0
		for j := len(lw); j > 0 && k < 5; {
			_, sz := utf8.DecodeLastRune(lw[:j])
			j -= sz
			k++
			if j > 0 {
				add(tSuffix, mix(uint64(k), hashBytes(fnvOffset, lw[j:])))
			}
		}
		add(tLowerM1, lm1)
		add(tLowerP1, lp1)
		add(tLowerM2, lowerAt(i-2))
		add(tLowerP2, lowerAt(i+2))
		sm1, sp1 := shortAt(i-1), shortAt(i+1)
		add(tShortM1, sm1)
		add(tShortP1, sp1)
		add(tShortM2, shortAt(i-2))
		add(tShortP2, shortAt(i+2))
		add(tShort3, mix(mix(sm1, b.hss[i]), sp1))
		if i == 0 {
			add(tFirst, b.hss[i])
		}
		if rs := b.runStart[i]; rs >= 0 {
			re := b.runEnd[i] - 1
			add(tRunFirst, b.hl[rs])
			add(tRunLast, b.hl[re])
			add(tRunLen, uint64(min(re-rs+1, 6))*4+uint64(min(int32(i)-rs, 3)))
			lw := b.lower[b.lowerOff[re]:b.lowerOff[re+1]]
			if len(lw) > 3 {
				_, s1 := utf8.DecodeLastRune(lw)
				_, s2 := utf8.DecodeLastRune(lw[:len(lw)-s1])
				_, s3 := utf8.DecodeLastRune(lw[:len(lw)-s1-s2])
				add(tRunLastSuffix, hashBytes(fnvOffset, lw[len(lw)-s1-s2-s3:]))
			}
		}
		add(tDomBias, dom)
		add(tDomShort, mix(dom, b.hss[i]))
		add(tDomLowerM1, mix(dom, lm1))
		add(tDomLowerP1, mix(dom, lp1))
		add(tDomShape, mix(dom, b.hs[i]))
		if capsSentence {
			add(tCapsSentence, b.hss[i])
		}
		if lex != nil && lex.sharedClusters {
			// prefixes of the cluster path, as with Brown clusters
			if c := clusterAt(i); c != 0 {
				add(tClusterPath, mix(4, clusterPrefix(c, 4)))
				add(tClusterPath, mix(6, clusterPrefix(c, 6)))
				add(tClusterPath, mix(10, clusterPrefix(c, 10)))
				add(tClusterPath, mix(20, clusterPrefix(c, 20)))
			} else {
				add(tClusterPath, 0)
			}
			m1, p1 := uint64(1<<40), uint64(1<<40) // the sentence boundary
			if i > 0 {
				m1 = clusterPrefix(uint64(b.cl[i-1]), 8)
			}
			if i+1 < n {
				p1 = clusterPrefix(uint64(b.cl[i+1]), 8)
			}
			add(tClusterPathM1, m1)
			add(tClusterPathP1, p1)
			if b.seenLC[i] {
				add(tSeenLower, b2u(i == 0))
			}
		} else if lex != nil {
			c := clusterAt(i)
			if c != 0 {
				add(tCluster, mix(1, c>>8))
				add(tCluster, mix(2, c>>4))
				add(tCluster, mix(3, c))
			} else {
				add(tCluster, 0)
			}
			add(tClusterM1, clusterAt(i-1)>>4)
			add(tClusterP1, clusterAt(i+1)>>4)
			if b.seenLC[i] {
				add(tSeenLower, b2u(i == 0))
			}
		}
		if g := b.gaz[i]; g != 0 {
			for bit := 0; bit < 16; bit++ {
				if g&(1<<bit) != 0 {
					add(tGaz, uint64(bit))
				}
			}
		}
		if g := b.tokGaz[i]; g != 0 {
			for t := 0; t < numTypes; t++ {
				if g&(1<<t) != 0 {
					add(tTokGaz, uint64(t))
				}
				if g&(0x10<<t) != 0 {
					add(tExtTok, uint64(t))
				}
			}
		}
		if g := b.extGaz[i]; g != 0 {
			for bit := 0; bit < 16; bit++ {
				if g&(1<<bit) != 0 {
					add(tExtGaz, uint64(bit))
				}
			}
		}
		if nr := b.lowerOff[i+1] - b.lowerOff[i]; true {
			add(tLenBucket, uint64(min(nr, 12)))
		}
		if c := b.dict[i]; c != 0 {
			add(tDict, uint64(c))
		}
		if lex != nil && lex.dict {
			// the neighbours' classes: a name is often next to a name
			add(tDict, 8+uint64(dictAt(b, i-1))<<2|uint64(b.dict[i]))
			add(tDict, 32+uint64(dictAt(b, i+1))<<2|uint64(b.dict[i]))
		}
		if lex != nil && lex.names != nil && lex.names.sum != "" {
			// what the name lists say of the token and its neighbours
			add(tName, uint64(b.names[i]))
			if i > 0 {
				add(tNameM1, uint64(b.names[i-1])<<8|uint64(b.names[i]))
			}
			if i+1 < n {
				add(tNameP1, uint64(b.names[i+1])<<8|uint64(b.names[i]))
			}
		}
		if i > 0 && b.tokGaz[i-1] != 0 {
			add(tTokGazM1, uint64(b.tokGaz[i-1]))
		}
		if i+1 < n && b.tokGaz[i+1] != 0 {
			add(tTokGazP1, uint64(b.tokGaz[i+1]))
		}
		if i > 0 && b.skel[i-1] != 0 {
			add(tSkelM1, b.skel[i-1])
		}
		if i+1 < n && b.skel[i+1] != 0 {
			add(tSkelP1, b.skel[i+1])
		}
		if g := gazAt(i - 1); g != 0 {
			add(tGazM1, uint64(g))
		}
		if g := gazAt(i + 1); g != 0 {
			add(tGazP1, uint64(g))
		}
	}
	b.off[n] = int32(len(b.feats))
}

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// matchGazetteer marks, for every token sequence of up to maxLen tokens found
// in gaz, the BILOU position of each of its tokens per entity type. gaz holds
// every proper prefix of its sequences too (with no types, which mark
// nothing: see gazIndex), so a sequence that is not in it starts none that
// is, and the search from that token stops: most tokens start no name.
func matchGazetteer(b *sentFeatures, toks []string, gaz *table, maxLen int) {
	n := len(toks)
	for i := 0; i < n; i++ {
		h := uint64(fnvOffset)
		for j := i; j < n && j-i < maxLen; j++ {
			h = seqHash(h, j-i, toks[j])
			m32, ok := gaz.get(h)
			mask := uint16(m32)
			if !ok {
				break
			}
			if j == i {
				b.tokGaz[i] = uint8(mask>>4&0xf | mask>>8&0xf0)
			}
			markGaz(b.gaz, i, j, mask&0xf)
			markGaz(b.extGaz, i, j, mask>>8&0xf)
		}
	}
}

// findRuns marks runs of capitalized tokens, which may contain short
// lowercase connectors (of, de, van, the, &) between capitalized tokens: the
// likely extent of a name, whose first and last words (University, Party,
// GmbH) say much about its type.
func findRuns(b *sentFeatures, toks []string) {
	n := len(toks)
	for i := range b.runStart[:n] {
		b.runStart[i], b.runEnd[i] = -1, -1
	}
	for i := 0; i < n; {
		if !b.upper[i] {
			i++
			continue
		}
		j := i + 1
		for j < n {
			if b.upper[j] {
				j++
				continue
			}
			// up to two short connectors followed by a capitalized token
			k := j
			for k < n && k-j < 2 && !b.upper[k] && utf8.RuneCountInString(toks[k]) <= 4 && hasLetterOrAmp(toks[k]) {
				k++
			}
			if k > j && k < n && b.upper[k] {
				j = k
				continue
			}
			break
		}
		for k := i; k < j; k++ {
			b.runStart[k], b.runEnd[k] = int32(i), int32(j)
		}
		i = j
	}
}

func hasLetterOrAmp(s string) bool {
	if s == "&" {
		return true
	}
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// markGaz marks tokens i..j (inclusive) as a match of each type in types.
func markGaz(g []uint16, i, j int, types uint16) {
	for t := 0; t < numTypes; t++ {
		if types&(1<<t) == 0 {
			continue
		}
		if j == i {
			g[i] |= 1 << (4*t + posU)
			continue
		}
		g[i] |= 1 << (4*t + posB)
		for k := i + 1; k < j; k++ {
			g[k] |= 1 << (4*t + posI)
		}
		g[j] |= 1 << (4*t + posL)
	}
}

// dictAt is the dictionary class of token i, 0 outside the sentence or
// for a token that is not capitalized.
func dictAt(b *sentFeatures, i int) uint8 {
	if i < 0 || i >= len(b.dict) {
		return 0
	}
	return b.dict[i]
}

// Dictionary classes of a capitalized token, for a model with a dictionary.
const (
	dictIsWord  = 1 + iota // a word of the dictionary
	dictHasHead            // a compound whose head is one (Kieselrot|sanierung, UN-|Konferenz)
	dictUnknown            // neither: in German, where every noun is capitalized, most often a name
)

// dictClass returns the dictionary class of the lowercased token lw; isWord
// says whether the lexicon marks lw itself as a dictionary word. A head is
// a dictionary word of at least 4 letters after at least 3 code points of
// modifier, or any dictionary word after a hyphen.
func dictClass(lex *lexicon, lw []byte, isWord bool) uint8 {
	if isWord {
		return dictIsWord
	}
	total, runes := utf8.RuneCount(lw), 0
	for j := range string(lw) {
		if runes >= 1 && (lw[j-1] == '-' || runes >= 3 && total-runes >= 4) {
			if wi, ok := lex.word(hashBytes(fnvOffset, lw[j:])); ok && wi.flags&dictWord != 0 {
				return dictHasHead
			}
		}
		runes++
	}
	return dictUnknown
}

// withoutFormat returns toks with the invisible formatting characters
// (Unicode Cf: soft hyphen, zero-width joiners, direction marks) taken out
// of the tokens that hold them, as the tokenizer keeps them inside words
// ("\u200eOlaf", "Mer\u00adkel") and the training data has none. toks
// itself comes back when no token has one, as nearly always.
func withoutFormat(toks []string) []string {
	var out []string
	for i, t := range toks {
		if !hasFormat(t) {
			continue
		}
		if out == nil {
			out = append([]string(nil), toks...)
		}
		out[i] = strings.Map(func(r rune) rune {
			if unicode.Is(unicode.Cf, r) {
				return -1
			}
			return r
		}, t)
	}
	if out == nil {
		return toks
	}
	return out
}

// hasFormat reports whether t holds a Cf character. Those met in text
// (U+00AD; U+0600-U+0605 and U+061C; U+200B-U+206F; U+FEFF, U+FFF9-U+FFFB)
// begin with byte 0xC2, 0xD8, 0xE2 or 0xEF in UTF-8, which few words of
// Latin or Cyrillic script have, so most tokens are settled by byte
// searches.
func hasFormat(t string) bool {
	if strings.IndexByte(t, 0xE2) < 0 && strings.IndexByte(t, 0xC2) < 0 && strings.IndexByte(t, 0xD8) < 0 && strings.IndexByte(t, 0xEF) < 0 {
		return false
	}
	return strings.ContainsFunc(t, func(r rune) bool { return unicode.Is(unicode.Cf, r) })
}
