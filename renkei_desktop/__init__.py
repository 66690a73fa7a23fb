"""Renkei Desktop (広域連携デスク): inter-municipal cooperation planning for Japanese town halls."""

__version__ = "0.1.0"
