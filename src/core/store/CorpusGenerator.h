#pragma once

#include "Result.h"
#include "model/Article.h"

#include <QList>

#include <functional>

class QRandomGenerator;

namespace PressDesk {

class Database;

// A realistic Vietnamese corpus for benchmarks and tests: district-news titles, leads and
// bodies of varied length built from real phrases, spread over the seeded categories and
// ten years of dates. Deterministic for a given seed.
class CorpusGenerator
{
public:
    static Status generate(Database &db, int count, quint32 seed,
                           const std::function<void(int done)> &progress = {});
    static Article makeArticle(QRandomGenerator &rng, const QList<Category> &categories);
};

} // namespace PressDesk
