// The plain page's one script: the browser bundle's entry, which registers every element. On a
// page of your own, the built file does the same: dist/bundle/contact-book.js.
import '../src/bundle.js';
