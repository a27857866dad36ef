#pragma once

#include "store/ArticleRepository.h"
#include "store/CorpusGenerator.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QString>

#include <cstdio>

// Opens (creating if needed) the benchmark profile at path and tops it up to n generated
// articles (seed 42, the corpus of docs/PERFORMANCE.md). Returns the number of articles,
// or -1 after printing why it could not.
inline int ensureBenchCorpus(const QString &path, int n)
{
    auto db = PressDesk::Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return -1;
    }
    PressDesk::ArticleRepository articles(*db.value());
    const int have = articles.count().value();
    if (have < n) {
        QElapsedTimer t;
        t.start();
        if (auto st = PressDesk::CorpusGenerator::generate(*db.value(), n - have, 42); !st) {
            std::fprintf(stderr, "%s\n", qPrintable(st.error().message));
            return -1;
        }
        std::printf("generated %d articles in %.1f s\n", n - have, double(t.elapsed()) / 1000);
    }
    return articles.count().value();
}
