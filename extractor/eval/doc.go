// Package eval scores predicted mentions against gold ones: strict (exact
// span and type) and overlap precision, recall and F1 per group (a language
// or a data set) and type, and for MONEY the normalization accuracy (the
// share of strictly matched amounts whose amount, upper bound and currency
// are right). It only counts; reading gold files and running the extractor
// is the caller's job (entities eval).
package eval
