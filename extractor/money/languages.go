package money

// Languages are the languages whose number conventions, currency words and
// scale words the rules know (ISO 639-1). Other languages still get symbols,
// ISO codes and digits, read with the fallback conventions in doc.go.
var Languages = []string{"en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "sv", "tr", "uk", "cs", "da", "no"}
