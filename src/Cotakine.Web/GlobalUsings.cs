// The patient search is the one way the app names patients (« DURAND Marie ») and finds them; the invoices feature reads
// it too (Features/Invoices/InvoiceListService.cs), so its namespace is in scope across the app.
global using Cotakine.Web.Features.Patients;
