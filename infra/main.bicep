// Reporting on Azure: a Flex Consumption function app (.NET 10 isolated worker) running as a
// user-assigned managed identity, a keyless storage account (metrics in, reports out, the run
// queue), Application Insights on Log Analytics, and App Service Authentication with Entra ID.
// Deployed into an existing resource group: `azd up`, or `az deployment group create` (infra/README.md).

@minLength(1)
@maxLength(64)
@description('Name of the environment (azd\'s AZURE_ENV_NAME): tags every resource and seeds their unique names.')
param environmentName string

@description('Region for every resource; must offer Flex Consumption.')
param location string = resourceGroup().location

@description('Application (client) id of the Entra ID app registration users sign in to; it defines the app roles Reports.Generate and Reports.Read.')
param authClientId string

@description('Object id of the Entra ID group of improvement leads (upload to metrics, read reports); empty for none.')
param improvementLeadsGroupId string = ''

@description('NCRONTAB schedule (UTC, with seconds) of the quarterly run.')
param quarterlySchedule string = '0 0 6 5 1,4,7,10 *'

@description('Comma-separated LA codes the quarterly timer runs; empty for every council with uploads.')
param councils string = ''

@description('Largest file, in MB, the validation endpoint accepts (1-100).')
@minValue(1)
@maxValue(100)
param maxUploadMegabytes int = 10

@description('Days a superseded run folder under reports/ is kept, from when the run was written, once the publisher has tagged it superseded.')
@minValue(1)
param supersededRunRetentionDays int = 90

@description('Days a previous version of a metrics upload is kept, from when it was written.')
@minValue(1)
param metricsVersionRetentionDays int = 365

@description('Days a deleted or overwritten blob stays recoverable (soft delete).')
@minValue(1)
@maxValue(365)
param softDeleteRetentionDays int = 30

@description('Most instances the app scales out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

var resourceToken = toLower(uniqueString(subscription().id, resourceGroup().id, environmentName))
var tags = { 'azd-env-name': environmentName }
var functionAppName = 'func-reporting-${resourceToken}'
var deploymentContainerName = 'app-package-${resourceToken}'

// The tag the publisher sets on a run's blobs once a newer manifest is in force; the lifecycle
// rule deletes only blobs carrying it (see infra/README.md, "Superseded runs").
var supersededTag = {
  name: 'reporting-run'
  value: 'superseded'
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-reporting-${resourceToken}'
  location: location
  tags: tags
}

module storage 'core/storage/storage-account.bicep' = {
  name: 'storage'
  params: {
    name: 'streporting${resourceToken}'
    location: location
    tags: tags
    deploymentContainerName: deploymentContainerName
    softDeleteRetentionDays: softDeleteRetentionDays
    supersededRunRetentionDays: supersededRunRetentionDays
    metricsVersionRetentionDays: metricsVersionRetentionDays
    reportsVersionRetentionDays: 7
    supersededTag: supersededTag
  }
}

module monitoring 'core/monitor/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    logAnalyticsName: 'log-reporting-${resourceToken}'
    applicationInsightsName: 'appi-reporting-${resourceToken}'
    location: location
    tags: tags
  }
}

module rbac 'app/rbac.bicep' = {
  name: 'rbac'
  params: {
    storageAccountName: storage.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    appPrincipalId: identity.properties.principalId
    improvementLeadsGroupId: improvementLeadsGroupId
  }
}

// Every app setting, in one place; infra/README.md's table is checked against this list (and
// against the settings the code reads) by tests/Reporting.Infra.Tests. No keys, no connection
// strings to storage: the host and the worker sign in as the user-assigned identity.
var appSettings = {
  AzureWebJobsStorage__accountName: storage.outputs.name
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identity.properties.clientId
  APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.connectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identity.properties.clientId};Authorization=AAD'
  QuarterlySchedule: quarterlySchedule
  Reporting__Councils: councils
  Reporting__RequireAppRoles: 'true'
  Reporting__MaxUploadMegabytes: string(maxUploadMegabytes)
}

module api 'core/host/functions-flexconsumption.bicep' = {
  name: 'api'
  params: {
    name: functionAppName
    planName: 'plan-reporting-${resourceToken}'
    location: location
    tags: tags
    identityId: identity.id
    deploymentBlobEndpoint: storage.outputs.blobEndpoint
    deploymentContainerName: deploymentContainerName
    runtimeName: 'dotnet-isolated'
    runtimeVersion: '10.0'
    instanceMemoryMB: 2048
    maximumInstanceCount: maximumInstanceCount
    appSettings: appSettings
    authClientId: authClientId
  }
  // The app starts reading storage and the run queue as soon as it exists.
  dependsOn: [rbac]
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output SERVICE_API_NAME string = api.outputs.name
output SERVICE_API_URI string = api.outputs.uri
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_FUNCTION_IDENTITY_CLIENT_ID string = identity.properties.clientId
