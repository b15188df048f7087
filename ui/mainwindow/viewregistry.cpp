#include "viewregistry.h"

#include "analysis/incotermsview.h"
#include "analysis/tradersview.h"
#include "analysis/valuationview.h"
#include "dashboard/dashboardview.h"
#include "declarations/declarationsview.h"
#include "quality/qualityview.h"
#include "trader/traderview.h"

#include <QCoreApplication>

namespace clearsight::ui
{

QString ViewDescriptor::translatedTitle() const
{
    return QCoreApplication::translate("ViewRegistry", title);
}

QIcon ViewDescriptor::icon() const
{
    QIcon result(iconPath);
    // The same picture when selected: the style's generated "selected" variant washes it out.
    result.addFile(iconPath, {}, QIcon::Selected);
    return result;
}

void ViewRegistry::add(ViewDescriptor view)
{
    Q_ASSERT(!view.key.isEmpty() && view.create);
    Q_ASSERT(!find(view.key));
    m_views.push_back(std::move(view));
}

ViewKey ViewKey::parse(const QString &text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return {text, {}};
    return {text.left(colon), text.mid(colon + 1)};
}

QString ViewKey::toString() const
{
    return argument.isEmpty() ? name : name + QLatin1Char(':') + argument;
}

const ViewDescriptor *ViewRegistry::find(const QString &key) const
{
    for (const ViewDescriptor &view : m_views) {
        if (view.key == key)
            return &view;
    }
    return nullptr;
}

const ViewDescriptor *ViewRegistry::resolve(const QString &tabKey) const
{
    const ViewKey key = ViewKey::parse(tabKey);
    const ViewDescriptor *view = find(key.name);
    if (!view || (!key.argument.isEmpty() && !view->parameterised))
        return nullptr;
    return view;
}

QString ViewRegistry::keyUsage() const
{
    QStringList forms;
    for (const ViewDescriptor &view : m_views) {
        forms << view.key;
        if (view.parameterised)
            forms << view.key + QCoreApplication::translate("ViewRegistry", ":<id>");
    }
    return forms.join(QStringLiteral(", "));
}

ViewRegistry standardViews()
{
    ViewRegistry registry;
    registry.add({QStringLiteral("dashboard"), QT_TRANSLATE_NOOP("ViewRegistry", "Dashboard"),
                  QStringLiteral(":/icons/overview.svg"),
                  [](QWidget *parent) -> WorkspaceView * { return new DashboardView(parent); }});
    registry.add({QStringLiteral("declarations"), QT_TRANSLATE_NOOP("ViewRegistry", "Declarations"),
                  QStringLiteral(":/icons/declarations.svg"),
                  [](QWidget *parent) -> WorkspaceView * { return new DeclarationsView(parent); }});
    registry.add({QStringLiteral("quality"), QT_TRANSLATE_NOOP("ViewRegistry", "Data quality"),
                  QStringLiteral(":/icons/quality.svg"),
                  [](QWidget *parent) -> WorkspaceView * { return new QualityView(parent); }});
    registry.add({QStringLiteral("valuation"), QT_TRANSLATE_NOOP("ViewRegistry", "Valuation"),
                  QStringLiteral(":/icons/valuation.svg"),
                  [](QWidget *parent) -> WorkspaceView * { return new ValuationView(parent); }});
    registry.add({QStringLiteral("incoterms"), QT_TRANSLATE_NOOP("ViewRegistry", "Incoterms"),
                  QStringLiteral(":/icons/incoterms.svg"),
                  [](QWidget *parent) -> WorkspaceView * { return new IncotermsView(parent); }});
    registry.add({QStringLiteral("traders"), QT_TRANSLATE_NOOP("ViewRegistry", "Traders"),
                  QStringLiteral(":/icons/traders.svg"),
                  [](QWidget *parent) -> WorkspaceView * { return new TradersView(parent); }});
    registry.add({QStringLiteral("trader"), QT_TRANSLATE_NOOP("ViewRegistry", "Trader"),
                  QStringLiteral(":/icons/traders.svg"),
                  [](QWidget *parent) -> WorkspaceView * { return new TraderView(parent); }, true});
    return registry;
}

} // namespace clearsight::ui
