#pragma once

#include "report/csvtable.h"
#include "store/summaryrepository.h"

namespace clearsight
{

// A summary as `clearsight-cli summary` prints it and the dashboard exports it: the key column
// named after the dimension, a label, then the figures (money rounded to cents).
CsvTable summaryTable(const SummaryResult &summary);

} // namespace clearsight
