// Package resolve gives person and organization names canonical forms and
// stable keys, and links the short forms in one document to their full names.
package resolve
