#include "languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace clearsight::ui {

namespace {
// Translators live as long as the application; installing again replaces the previous ones.
QTranslator *replaceTranslator(const QString &name, const QLocale &locale, const QString &dir)
{
    const QString objectName = QStringLiteral("translator:") + name;
    if (auto *old = qApp->findChild<QTranslator *>(objectName)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    auto *translator = new QTranslator(qApp);
    translator->setObjectName(objectName);
    if (!translator->load(locale, name, QStringLiteral("_"), dir)) {
        delete translator;
        return nullptr;
    }
    QCoreApplication::installTranslator(translator);
    return translator;
}
} // namespace

QString installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    const QTranslator *own =
        replaceTranslator(QStringLiteral("clearsight"), locale, QStringLiteral(":/i18n"));
    replaceTranslator(QStringLiteral("qtbase"), locale,
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return own ? own->language().left(2) : QStringLiteral("en");
}

} // namespace clearsight::ui
