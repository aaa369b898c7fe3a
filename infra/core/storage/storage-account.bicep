// The storage account: the host's own storage (timer locks, the run queue), the Flex Consumption
// deployment container, and the app's data (metrics uploads in, reports out). Keyless: shared key
// access is off, so every caller signs in with Microsoft Entra ID and needs a data role.

@description('Storage account name: 3-24 lowercase letters and digits, globally unique.')
@minLength(3)
@maxLength(24)
param name string
param location string
param tags object

@description('Container the Flex Consumption app is deployed from.')
param deploymentContainerName string

@description('Days a deleted or overwritten blob (a metrics upload, a report) can be recovered.')
@minValue(1)
@maxValue(365)
param softDeleteRetentionDays int

@description('Days a superseded run folder under reports/ is kept, counted from when the run was written.')
@minValue(1)
param supersededRunRetentionDays int

@description('Days a previous version of a metrics upload is kept, counted from when it was written (then soft delete applies).')
@minValue(1)
param metricsVersionRetentionDays int

@description('Days a previous version of a reports blob (manifest.json, run-state.json) is kept.')
@minValue(1)
param reportsVersionRetentionDays int

@description('Blob index tag the publisher sets on a run folder\'s blobs once a newer manifest no longer lists them.')
param supersededTag object

var containerNames = ['metrics', 'reports', deploymentContainerName]
var queueNames = ['report-runs', 'report-runs-poison']

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    dnsEndpointType: 'Standard'
  }
}

// Versioning and soft delete are account-wide (Blob Storage has no per-container switch): they
// protect metrics uploads from an overwrite or a delete, and the lifecycle rules below keep
// the versions they create under reports/ short-lived.
resource blobs 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
  properties: {
    isVersioningEnabled: true
    deleteRetentionPolicy: {
      enabled: true
      days: softDeleteRetentionDays
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: softDeleteRetentionDays
    }
  }
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [for container in containerNames: {
  parent: blobs
  name: container
  properties: {
    publicAccess: 'None'
  }
}]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = [for queue in queueNames: {
  parent: queueService
  name: queue
}]

// Lifecycle management can match a name prefix, a blob type and blob index tags; it cannot read
// manifest.json. An age rule on reports/ alone would delete the run the manifest lists (and the
// manifest itself), so superseded runs are matched by a tag only the publisher sets, after the
// new manifest is in place. A blob without the tag is never deleted by these rules.
resource lifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2023-05-01' = {
  parent: account
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'reports-superseded-runs'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: ['blockBlob']
              prefixMatch: ['reports/']
              blobIndexMatch: [
                {
                  name: supersededTag.name
                  op: '=='
                  value: supersededTag.value
                }
              ]
            }
            actions: {
              baseBlob: {
                delete: {
                  daysAfterModificationGreaterThan: supersededRunRetentionDays
                }
              }
            }
          }
        }
        {
          name: 'reports-previous-versions'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: ['blockBlob']
              prefixMatch: ['reports/']
            }
            actions: {
              version: {
                delete: {
                  daysAfterCreationGreaterThan: reportsVersionRetentionDays
                }
              }
            }
          }
        }
        {
          name: 'metrics-previous-versions'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: ['blockBlob']
              prefixMatch: ['metrics/']
            }
            actions: {
              version: {
                delete: {
                  daysAfterCreationGreaterThan: metricsVersionRetentionDays
                }
              }
            }
          }
        }
      ]
    }
  }
}

output name string = account.name
output id string = account.id
output blobEndpoint string = account.properties.primaryEndpoints.blob
