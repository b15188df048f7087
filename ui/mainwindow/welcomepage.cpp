#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace clearsight::ui {

WelcomePage::WelcomePage(const QList<QAction *> &actions, QWidget *parent) : QWidget(parent)
{
    const int line = fontMetrics().height();

    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(line * 4, line * 4));
    icon->setAlignment(Qt::AlignCenter);

    auto *title = new QLabel(QStringLiteral("ClearSight"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *text = new QLabel(tr("Open a workspace to explore its declarations, or start with the "
                               "demo workspace."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    // A wrapped label needs a width to wrap at; it would otherwise shrink to a few words.
    const int textWidth = fontMetrics().averageCharWidth() * 56;
    text->setFixedWidth(textWidth);
    text->setMinimumHeight(text->heightForWidth(textWidth));

    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(line / 2);
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIconSize({line * 3 / 2, line * 3 / 2});
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        buttons->addWidget(button);
    }
    auto *buttonBox = new QWidget(this);
    buttonBox->setLayout(buttons);
    buttonBox->setMinimumWidth(fontMetrics().averageCharWidth() * 36);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(line);
    layout->addWidget(buttonBox, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

} // namespace clearsight::ui
