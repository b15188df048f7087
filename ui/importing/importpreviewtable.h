#pragma once

#include <QTableView>

namespace clearsight
{
struct ImportPreview;
}

namespace clearsight::ui
{

class ImportPreviewModel;

// The preview table of the settings and mapping pages: ImportPreviewModel with its delegate,
// columns fitted to what they hold.
class ImportPreviewTable : public QTableView
{
    Q_OBJECT
public:
    explicit ImportPreviewTable(QWidget *parent = nullptr);

    ImportPreviewModel *previewModel() const { return m_model; }
    void setPreview(const ImportPreview &preview);
    void clear();

private:
    ImportPreviewModel *m_model = nullptr;
};

} // namespace clearsight::ui
