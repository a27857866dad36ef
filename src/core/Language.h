#pragma once

#include <QString>

class QCoreApplication;

namespace PressDesk {

// Loads the UI translation for language ("vi" or "en"; Vietnamese is the default) into the
// application. English is the source language and needs no catalogue.
void installTranslation(QCoreApplication *app, const QString &language);

} // namespace PressDesk
