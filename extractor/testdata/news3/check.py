import json, re, ast, os
HERE = os.path.dirname(os.path.abspath(__file__))
rows=[json.loads(l) for l in open(os.path.join(HERE,'gold.jsonl'),encoding='utf-8')]
assert len(rows)==84, len(rows)
ids=set()
from collections import Counter
langs=Counter()
for r in rows:
    assert set(r)=={'id','lang','text','entities'}
    assert r['id'] not in ids; ids.add(r['id'])
    assert r['id'].startswith(r['lang']+'-')
    langs[r['lang']]+=1
    t=r['text']
    head,body=t.split('\n',1)
    assert '\n' not in body and not head.endswith('.'), r['id']
    prev=-1
    for e in sorted(r['entities'],key=lambda e:e['start']):
        assert e['type'] in ('PERSON','ORGANIZATION')
        assert t[e['start']:e['end']]==e['text'], (r['id'],e)
        assert e['start']>=prev, ('overlap',r['id'],e)
        prev=e['end']
        assert e['text']==e['text'].strip()
# every listed name occurs, and every occurrence of every span string is marked (unless inside a larger span)
src=open(os.path.join(HERE,'make.py'),encoding='utf-8').read()
ns={}; exec(src.split('def is_word')[0], ns)
for (lang,text,names),r in zip(ns['DATA'],rows):
    t=r['text']; assert t==text.strip()
    texts={e['text'] for e in r['entities']}
    for n in names:
        assert n[1] in texts, (r['id'], n)
    spans=[(e['start'],e['end']) for e in r['entities']]
    for s in texts:
        for m in re.finditer(re.escape(s),t):
            i,j=m.span()
            if (i>0 and t[i-1].isalnum()) or (j<len(t) and t[j].isalnum()): continue
            assert any(a<=i and j<=b for a,b in spans), ('unmarked occurrence', r['id'], s, i)
print('OK', len(rows), dict(langs))
dl=sum(1 for r in rows if (m:=re.match(r'^(\S[^\n]*? (\([^)]+\) )?[-–]) ', r['text'].split('\n',1)[1])) and len(m.group(1))<40)
print('datelines', dl)
wc=[len(r['text'].split('\n',1)[1].split()) for r in rows]
print('body words min/max/mean', min(wc), max(wc), sum(wc)/len(wc))
