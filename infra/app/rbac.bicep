// Who may do what, all through Microsoft Entra ID data roles (the account has no keys):
// - the app's identity: Storage Blob Data Owner on the account (the host's timer locks, the
//   Flex Consumption deployment container, the metrics and reports containers, and blob index
//   tags), Storage Queue Data Contributor (the run queue and its poison queue), and Monitoring
//   Metrics Publisher on Application Insights (signed-in telemetry ingestion);
// - the improvement leads' group, when given: upload to metrics, read reports.

param storageAccountName string
param applicationInsightsName string

@description('Principal (object) id of the app\'s user-assigned identity.')
param appPrincipalId string

@description('Object id of the Entra ID group of improvement leads; empty for none.')
param improvementLeadsGroupId string

var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  storageBlobDataReader: '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName

  resource blobs 'blobServices' existing = {
    name: 'default'

    resource metrics 'containers' existing = {
      name: 'metrics'
    }

    resource reports 'containers' existing = {
      name: 'reports'
    }
  }
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource appStorageRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for role in [roles.storageBlobDataOwner, roles.storageQueueDataContributor]: {
  name: guid(account.id, appPrincipalId, role)
  scope: account
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
  }
}]

resource appTelemetryRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(applicationInsights.id, appPrincipalId, roles.monitoringMetricsPublisher)
  scope: applicationInsights
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.monitoringMetricsPublisher)
  }
}

resource leadsUpload 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(improvementLeadsGroupId)) {
  name: guid(account::blobs::metrics.id, improvementLeadsGroupId, roles.storageBlobDataContributor)
  scope: account::blobs::metrics
  properties: {
    principalId: improvementLeadsGroupId
    principalType: 'Group'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataContributor)
  }
}

resource leadsRead 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(improvementLeadsGroupId)) {
  name: guid(account::blobs::reports.id, improvementLeadsGroupId, roles.storageBlobDataReader)
  scope: account::blobs::reports
  properties: {
    principalId: improvementLeadsGroupId
    principalType: 'Group'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataReader)
  }
}
