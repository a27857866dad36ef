#include "GuiTestSupport.h"

#include <QApplication>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <memory>

namespace TestSupport {

void missingChild(const QObject *parent, const QString &name)
{
    qFatal("%s has no child named %s", qPrintable(parent->objectName()), qPrintable(name));
}

void answerModal(const QString &dialogName, const std::function<void(QWidget *)> &answer)
{
    // Polls: the dialog may open after slow work in the caller (a save, a query), and a
    // dialog that is closing may still be the active one for a moment.
    auto *timer = new QTimer;
    auto waited = std::make_shared<int>(0);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, waited, dialogName, answer] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog || dialog->objectName() != dialogName) {
            if (++*waited * 20 > 10000)
                qFatal("the dialog %s did not open (open: %s)", qPrintable(dialogName),
                       dialog ? qPrintable(dialog->objectName()) : "none");
            return;
        }
        timer->stop();
        timer->deleteLater();
        answer(dialog);
    });
    timer->start();
}

QPushButton *dialogButton(const QWidget *dialog, QDialogButtonBox::StandardButton which)
{
    for (auto *box : dialog->findChildren<QDialogButtonBox *>())
        if (QPushButton *b = box->button(which))
            return b;
    qFatal("%s has no standard button %d", qPrintable(dialog->objectName()), int(which));
}

void clickDialogButton(const QWidget *dialog, QDialogButtonBox::StandardButton which)
{
    QTest::mouseClick(dialogButton(dialog, which), Qt::LeftButton);
}

} // namespace TestSupport
