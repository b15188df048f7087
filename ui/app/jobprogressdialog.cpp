#include "jobprogressdialog.h"

#include <QCoreApplication>
#include <QProgressDialog>
#include <QPushButton>

namespace clearsight::ui
{

void prepareJobDialog(QProgressDialog &dialog, const QString &title,
                      const std::function<void()> &cancel)
{
    dialog.setWindowTitle(title);
    dialog.setRange(0, 1000);
    dialog.setValue(0);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    // Cancel asks the job to stop; the dialog stays until the job has cleaned up.
    QObject::disconnect(&dialog, &QProgressDialog::canceled, &dialog, &QProgressDialog::cancel);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&dialog, cancel] {
        cancel();
        dialog.setLabelText(QCoreApplication::translate("JobProgressDialog", "Cancelling…"));
        if (auto *button = dialog.findChild<QPushButton *>())
            button->setEnabled(false);
    });
}

} // namespace clearsight::ui
