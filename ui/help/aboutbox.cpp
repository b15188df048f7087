#include "aboutbox.h"

#include "common/version.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace clearsight::ui
{

QString aboutText()
{
    return QCoreApplication::translate(
               "AboutBox",
               "<h3>ClearSight %1</h3>"
               "<p>A workbench for customs risk analysts and AEO auditors. It imports months of "
               "import and export declarations into a local workspace and lets you explore "
               "them: filter and sort millions of declaration items, follow traders, check "
               "valuation, Incoterms and weights against their peers, and see why each item "
               "was flagged.</p>"
               "<p>Built with Qt %2 (running on Qt %3), used under the GNU Lesser General "
               "Public License version 3.</p>")
        .arg(applicationVersion().toHtmlEscaped(), QStringLiteral(QT_VERSION_STR),
             QString::fromLatin1(qVersion()));
}

void showAboutDialog(QWidget *parent)
{
    QMessageBox::about(parent, QCoreApplication::translate("AboutBox", "About ClearSight"),
                       aboutText());
}

} // namespace clearsight::ui
