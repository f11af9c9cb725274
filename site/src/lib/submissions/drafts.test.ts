import { describe, expect, it } from 'vitest'

import { clearDraft, draftKey, hasContent, loadDraft, saveDraft, type Draft } from './drafts'

function memoryStorage() {
  const items = new Map<string, string>()
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  }
}

const draft = (values: Draft['values']): Draft => ({
  idempotencyKey: '3f1c8a52-6a0e-4b8e-9d7c-2f4a5b6c7d8e',
  values,
  savedAt: '2026-11-23T10:00:00.000Z',
})

describe('draftKey', () => {
  it('keeps one draft per kind, and an error report per article', () => {
    expect(draftKey('tip', '12')).toBe('redaktion:utkast:tip')
    expect(draftKey('debate')).toBe('redaktion:utkast:debate')
    expect(draftKey('correction', '12')).toBe('redaktion:utkast:correction:12')
    expect(draftKey('correction', '13')).not.toBe(draftKey('correction', '12'))
    expect(draftKey('registration', 'e1')).toBe('redaktion:utkast:registration:e1')
  })
})

describe('drafts in storage', () => {
  it('gives back what was saved, idempotency key included', () => {
    const storage = memoryStorage()
    const saved = draft({ message: 'Det här vet jag', anonymous: true })
    expect(saveDraft(storage, 'k', saved)).toBe(true)
    expect(loadDraft(storage, 'k')).toEqual(saved)
  })

  it('leaves no draft behind for an emptied form', () => {
    const storage = memoryStorage()
    saveDraft(storage, 'k', draft({ message: 'Text' }))
    saveDraft(storage, 'k', draft({ message: '  ', anonymous: false }))
    expect(storage.items.size).toBe(0)
  })

  it('clears a draft', () => {
    const storage = memoryStorage()
    saveDraft(storage, 'k', draft({ message: 'Text' }))
    clearDraft(storage, 'k')
    expect(loadDraft(storage, 'k')).toBeNull()
  })

  it('ignores a draft it cannot read', () => {
    const storage = memoryStorage()
    storage.setItem('broken', '{"values": 1')
    storage.setItem('foreign', JSON.stringify({ values: { message: 1 } }))
    expect(loadDraft(storage, 'broken')).toBeNull()
    expect(loadDraft(storage, 'foreign')).toBeNull()
  })

  it('does not throw when the browser refuses storage', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError')
      },
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
      removeItem: () => {
        throw new Error('SecurityError')
      },
    }
    expect(loadDraft(refusing, 'k')).toBeNull()
    expect(saveDraft(refusing, 'k', draft({ message: 'Text' }))).toBe(false)
    expect(() => clearDraft(refusing, 'k')).not.toThrow()
    expect(saveDraft(null, 'k', draft({ message: 'Text' }))).toBe(false)
  })
})

describe('hasContent', () => {
  it('counts typed text and ticked boxes, not blanks', () => {
    expect(hasContent({ message: ' ', anonymous: false })).toBe(false)
    expect(hasContent({ consentToEditing: true })).toBe(true)
  })
})
