#pragma once

#include "model/Article.h"

namespace PressDesk {

// SHA-256 (lower-case hex) of what a reader of the article sees: title, lead, body, the
// content hashes of its images, category, tags and source line. An approval is bound to it.
// It is computed on the stored form (NFC, simplified spaces, canonical body HTML, cleaned
// tags), so it does not change when nothing a reader sees changed: Unicode form, spaces
// HTML collapses anyway, markup the sanitizer drops, timestamps, status, author.
QString contentHash(const Article &article);

} // namespace PressDesk
